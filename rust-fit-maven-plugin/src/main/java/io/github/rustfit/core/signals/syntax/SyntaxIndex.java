package io.github.rustfit.core.signals.syntax;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The nodes of one parsed file, collected in a single walk and grouped by type on first request,
 * so the dozens of signals that each look for a few node types share one traversal instead of
 * walking the whole tree each. Same nodes, same (pre-)order as {@link Node#findAll(Class)}. The
 * index lives on the compilation unit and goes with it when the file is done.
 */
public final class SyntaxIndex {

    private static final DataKey<SyntaxIndex> KEY = new DataKey<>() {};

    private final List<Node> nodes = new ArrayList<>();
    /** Pre-order positions of the nodes of each concrete class, ascending. */
    private final Map<Class<?>, IntList> positionsByClass = new HashMap<>();

    private final Map<Class<?>, List<?>> byType = new HashMap<>();

    private SyntaxIndex(CompilationUnit unit) {
        // JavaParser's own pre-order walk pushes onto a synchronized Stack; this one does the same
        // walk on an ArrayDeque
        ArrayDeque<Node> pending = new ArrayDeque<>();
        pending.push(unit);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            positionsByClass
                    .computeIfAbsent(node.getClass(), c -> new IntList())
                    .add(nodes.size());
            nodes.add(node);
            List<Node> children = node.getChildNodes();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
    }

    /** Every node of {@code type} in {@code unit}, as {@code SyntaxIndex.findAll(unit, type)} would list them. */
    public static <T extends Node> List<T> findAll(CompilationUnit unit, Class<T> type) {
        return of(unit).all(type);
    }

    /** The nodes of {@code type} in {@code unit} that {@code predicate} accepts. */
    public static <T extends Node> List<T> findAll(CompilationUnit unit, Class<T> type, Predicate<T> predicate) {
        List<T> all = findAll(unit, type);
        List<T> matching = new ArrayList<>();
        for (T node : all) {
            if (predicate.test(node)) {
                matching.add(node);
            }
        }
        return matching;
    }

    private static SyntaxIndex of(CompilationUnit unit) {
        return Syntax.kept(unit, KEY, SyntaxIndex::new);
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> List<T> all(Class<T> type) {
        return (List<T>) byType.computeIfAbsent(type, wanted -> {
            // only the few concrete classes present are tested, not every node
            List<IntList> matching = new ArrayList<>();
            positionsByClass.forEach((concrete, positions) -> {
                if (type.isAssignableFrom(concrete)) {
                    matching.add(positions);
                }
            });
            int[] positions;
            if (matching.size() == 1) {
                positions = matching.get(0).toArray();
            } else {
                positions = matching.stream()
                        .flatMapToInt(list -> java.util.Arrays.stream(list.toArray()))
                        .sorted()
                        .toArray();
            }
            List<T> found = new ArrayList<>(positions.length);
            for (int position : positions) {
                found.add(type.cast(nodes.get(position)));
            }
            return Collections.unmodifiableList(found);
        });
    }

    /** A growable list of ints, without boxing. */
    private static final class IntList {
        private int[] values = new int[8];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
