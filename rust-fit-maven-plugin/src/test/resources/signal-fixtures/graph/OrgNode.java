package fixtures.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A tree whose nodes know their parent and children and notify listeners. */
final class OrgNode {

    private static final OrgNode ROOT = new OrgNode("root", null);

    private final String name;
    private OrgNode parent; // expect: graph.self-references
    private final List<OrgNode> children = new ArrayList<>(); // expect: graph.self-references
    private final Map<String, OrgNode> peersByName; // expect: graph.self-references
    private Optional<OrgNode> mentor = Optional.empty(); // expect: graph.self-references
    private final List<OrgListener> listeners = new ArrayList<>(); // expect: graph.observer-lists
    private final List<Consumer<OrgNode>> callbacks = new ArrayList<>(); // expect: graph.observer-lists
    private final List<String> titles = new ArrayList<>();

    OrgNode(String name, OrgNode parent) {
        this.name = name;
        this.parent = parent;
        this.peersByName = Map.of();
    }

    void moveUnder(OrgNode newParent) {
        parent.children.remove(this);
        parent = newParent;
        newParent.children.add(this);
        listeners.forEach(listener -> listener.moved(this));
    }

    interface OrgListener {
        void moved(OrgNode node);
    }

    /** Near-miss: a builder refers to itself only to chain calls. */
    static final class Builder {
        private Builder next;
        private String name;
    }
}

/** A linked list cell written as a record. */
record Cell(int value, Cell next) {} // expect: graph.self-references

/** Near-miss: an enum constant refers to its own type by nature. */
enum Direction {
    NORTH,
    SOUTH;

    private Direction opposite;
}
