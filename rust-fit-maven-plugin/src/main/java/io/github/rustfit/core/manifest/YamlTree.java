package io.github.rustfit.core.manifest;

import io.github.rustfit.core.manifest.ManifestNode.Alias;
import io.github.rustfit.core.manifest.ManifestNode.Entry;
import io.github.rustfit.core.manifest.ManifestNode.Mapping;
import io.github.rustfit.core.manifest.ManifestNode.Scalar;
import io.github.rustfit.core.manifest.ManifestNode.Scalar.Kind;
import io.github.rustfit.core.manifest.ManifestNode.Sequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML text into a {@link ManifestNode} tree from SnakeYAML's parser events, which carry the
 * place of every value, alias and document.
 *
 * <p>Aliases ({@code *name}) are resolved to their anchored value ({@code &name}), as YAML means
 * them: a team that shares one owner or reviewer list between components expects the value, and
 * reading the alias's name instead would let the review gate pass on text nobody wrote. Each key
 * still sits in its own component, so the gate can name the line of every value and
 * {@code rust-fit:review}, which edits a component's own lines, never changes another's.
 *
 * <p>Merge keys ({@code <<: *defaults}) are refused with their place and the fix, for the same
 * reason turned around: a merged key has no line in the component that gets it (it lives in the
 * other mapping), so the gate could only point at the wrong component, and a review recorded for
 * the merging component would be spliced into the review of the one it merges from. They are a
 * YAML 1.1 extension that YAML 1.2 (and so editors validating against the JSON Schema) no longer
 * has; an alias per value does the same job with one place per value.
 */
final class YamlTree {

    /**
     * Deeper than any manifest goes (root, components, a component, its review, its signals), with
     * room for a mistake to be read and reported as a wrong type; past it the text is refused
     * before it costs anything.
     */
    static final int MAX_DEPTH = 32;

    private static final Tag NON_SPECIFIC = new Tag("!");

    private final Path file;
    private final String text;
    private final Parser parser;
    private final Resolver resolver = new Resolver();
    private final Map<String, ManifestNode> anchors = new HashMap<>();
    private final Set<String> open = new HashSet<>();
    private Mark last;
    /** The event just read when it was a scalar, to place a quote left open. */
    private ScalarEvent lastScalar;

    private YamlTree(Path file, String text) {
        this.file = file;
        this.text = text;
        LoaderOptions options = new LoaderOptions();
        // the text is in memory already; its size is not what could hurt here
        options.setCodePointLimit(Math.max(options.getCodePointLimit(), text.length() + 1));
        this.parser = new ParserImpl(new StreamReader(text), options);
    }

    /** The document's root, or empty when the text holds no document. */
    static Optional<ManifestNode> read(Path file, String text) throws ManifestException {
        return new YamlTree(file, text).document();
    }

    private Optional<ManifestNode> document() throws ManifestException {
        try {
            next(); // stream start
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                return Optional.empty();
            }
            next(); // document start
            ManifestNode root = node(1);
            next(); // document end
            if (!parser.checkEvent(Event.ID.StreamEnd)) {
                throw new ManifestException(
                        file, location(parser.peekEvent().getStartMark()), ManifestReader.SECOND_DOCUMENT, null);
            }
            return Optional.of(root);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null ? "" : e.getProblem();
            if (problem.contains("(TAB)")) {
                return fail(mark, ManifestReader.TAB, e);
            }
            Optional<Mark> opened = unclosedQuote(e, mark);
            if (opened.isPresent()) {
                return fail(opened.get(), notClosed(opened.get()), e);
            }
            String said = (e.getContext() == null ? "" : e.getContext() + ", ") + problem;
            return fail(
                    mark,
                    String.format(
                            Locale.ROOT,
                            ManifestReader.SYNTAX,
                            "YAML",
                            said.strip().replaceAll("\\s+", " ")),
                    e);
        } catch (ReaderException e) {
            int codePoint = e.getCodePoint();
            return failAt(
                    placeOf(codePoint),
                    String.format(Locale.ROOT, ManifestReader.BAD_CHARACTER, codePoint, codePoint),
                    e);
        } catch (YAMLException e) {
            return fail(
                    last,
                    String.format(
                            Locale.ROOT,
                            ManifestReader.SYNTAX,
                            "YAML",
                            String.valueOf(e.getMessage()).strip().replaceAll("\\s+", " ")),
                    e);
        }
    }

    private ManifestNode node(int depth) throws ManifestException {
        Event event = next();
        Location at = location(event.getStartMark());
        if (event instanceof AliasEvent alias) {
            return alias(alias, at);
        }
        if (depth > MAX_DEPTH) {
            throw new ManifestException(file, at, String.format(Locale.ROOT, ManifestReader.TOO_DEEP, MAX_DEPTH), null);
        }
        String anchor = event instanceof NodeEvent nodeEvent ? nodeEvent.getAnchor() : null;
        ManifestNode node;
        if (event instanceof ScalarEvent scalar) {
            node = scalar(scalar, at);
        } else if (event instanceof SequenceStartEvent sequence) {
            tag(sequence, at, Tag.SEQ);
            open(anchor);
            node = sequence(depth, at);
        } else if (event instanceof MappingStartEvent mapping) {
            tag(mapping, at, Tag.MAP);
            open(anchor);
            node = mapping(depth, at);
        } else {
            throw new ManifestException(
                    file,
                    at,
                    String.format(Locale.ROOT, ManifestReader.SYNTAX, "YAML", "unexpected " + event.getEventId()),
                    null);
        }
        if (anchor != null) {
            open.remove(anchor);
            anchors.put(anchor, node);
        }
        return node;
    }

    /** The value an alias names, which must be complete and come before it. */
    private ManifestNode alias(AliasEvent alias, Location at) throws ManifestException {
        ManifestNode target = anchors.get(alias.getAnchor());
        if (target == null) {
            String name = alias.getAnchor();
            throw new ManifestException(
                    file,
                    at,
                    open.contains(name)
                            ? String.format(Locale.ROOT, ManifestReader.ALIAS_INSIDE_ITSELF, name)
                            : String.format(Locale.ROOT, ManifestReader.UNKNOWN_ALIAS, name, name, name),
                    null);
        }
        return new Alias(at, alias.getAnchor(), target);
    }

    /** A sequence's items, after its start. */
    private ManifestNode sequence(int depth, Location at) throws ManifestException {
        List<ManifestNode> items = new ArrayList<>();
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            items.add(node(depth + 1));
        }
        next();
        return new Sequence(at, items);
    }

    /** A mapping's entries, after its start; a merge key is refused. */
    private ManifestNode mapping(int depth, Location at) throws ManifestException {
        List<Entry> entries = new ArrayList<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            if (parser.peekEvent() instanceof ScalarEvent key
                    && key.getImplicit().canOmitTagInPlainScalar()
                    && key.getTag() == null
                    && resolver.resolve(NodeId.scalar, key.getValue(), true).equals(Tag.MERGE)) {
                throw new ManifestException(file, location(key.getStartMark()), ManifestReader.MERGE_KEY, null);
            }
            ManifestNode key = node(depth + 1);
            ManifestNode value = node(depth + 1);
            entries.add(new Entry(keyText(key), key.at(), value));
        }
        next();
        return new Mapping(at, entries);
    }

    private void open(String anchor) {
        if (anchor != null) {
            anchors.remove(anchor); // a new anchor of the same name replaces the old one from here on
            open.add(anchor);
        }
    }

    private Scalar scalar(ScalarEvent event, Location at) throws ManifestException {
        String value = event.getValue();
        Tag tag = event.getTag() == null
                ? resolver.resolve(NodeId.scalar, value, event.getImplicit().canOmitTagInPlainScalar())
                : new Tag(event.getTag());
        Kind kind;
        if (tag.equals(Tag.NULL)) {
            kind = Kind.NULL;
        } else if (tag.equals(Tag.BOOL)) {
            kind = Kind.BOOLEAN;
        } else if (tag.equals(Tag.INT)) {
            kind = Kind.INTEGER;
        } else if (tag.equals(Tag.FLOAT)) {
            kind = Kind.FLOAT;
        } else if (tag.equals(Tag.TIMESTAMP)) {
            kind = Kind.DATE;
        } else if (tag.equals(Tag.STR) || tag.equals(Tag.MERGE) || tag.equals(NON_SPECIFIC)) {
            kind = Kind.TEXT;
        } else {
            throw new ManifestException(
                    file,
                    at,
                    String.format(Locale.ROOT, ManifestReader.UNSUPPORTED_TAG, shorthand(event.getTag())),
                    null);
        }
        return new Scalar(at, kind, value);
    }

    private void tag(CollectionStartEvent event, Location at, Tag expected) throws ManifestException {
        String tag = event.getTag();
        if (tag != null && !tag.equals("!") && !new Tag(tag).equals(expected)) {
            throw new ManifestException(
                    file, at, String.format(Locale.ROOT, ManifestReader.UNSUPPORTED_TAG, shorthand(tag)), null);
        }
    }

    /** {@code !!binary} for {@code tag:yaml.org,2002:binary}, as it was most likely written. */
    private static String shorthand(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    private String keyText(ManifestNode key) throws ManifestException {
        ManifestNode resolved = key instanceof Alias alias ? alias.target() : key;
        if (resolved instanceof Scalar scalar) {
            if (scalar.kind() == Kind.NULL) {
                throw new ManifestException(file, key.at(), ManifestReader.EMPTY_KEY, null);
            }
            return scalar.text();
        }
        throw new ManifestException(
                file, key.at(), String.format(Locale.ROOT, ManifestReader.KEY_NOT_TEXT, resolved.describe()), null);
    }

    private Event next() {
        Event event = parser.getEvent();
        last = event.getEndMark();
        lastScalar = event instanceof ScalarEvent scalar ? scalar : null;
        return event;
    }

    /**
     * Where a quoted value that was never closed opened, when that is what the parser stumbled on:
     * the text ended inside it, or the value just read ran over several lines to a later quote of
     * its kind, where the parser then found text it did not expect. SnakeYAML names the place it
     * gave up, often lines below the missing quote, in its own terms ({@code expected <block end>}).
     */
    private Optional<Mark> unclosedQuote(MarkedYAMLException e, Mark problem) {
        Mark context = e.getContextMark();
        if (context != null && String.valueOf(e.getContext()).contains("quoted scalar") && isQuote(at(context))) {
            return Optional.of(context);
        }
        if (lastScalar != null
                && (lastScalar.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
                        || lastScalar.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED)
                && lastScalar.getStartMark().getLine() < lastScalar.getEndMark().getLine()
                && problem != null
                && problem.getLine() == lastScalar.getEndMark().getLine()
                && isQuote(at(lastScalar.getStartMark()))) {
            return Optional.of(lastScalar.getStartMark());
        }
        return Optional.empty();
    }

    /** What is said of the quoted value opened at {@code start}, with the fix for its kind of quote. */
    private String notClosed(Mark start) {
        char quote = (char) at(start);
        return String.format(
                Locale.ROOT,
                ManifestReader.UNCLOSED_QUOTE,
                start.getLine() + 1,
                quote,
                quote,
                quote == '"' ? "\\\"" : "''");
    }

    /** The character at a mark, which counts code points; -1 past the end. */
    private int at(Mark mark) {
        int index = mark.getIndex();
        if (index < 0 || index >= text.codePointCount(0, text.length())) {
            return -1;
        }
        return text.codePointAt(text.offsetByCodePoints(0, index));
    }

    private static boolean isQuote(int c) {
        return c == '"' || c == '\'';
    }

    private Optional<ManifestNode> fail(Mark mark, String problem, Exception cause) throws ManifestException {
        return failAt(
                mark == null ? (last == null ? new Location(1, 1) : location(last)) : location(mark), problem, cause);
    }

    private Optional<ManifestNode> failAt(Location at, String problem, Exception cause) throws ManifestException {
        throw new ManifestException(file, at, problem, cause);
    }

    /** The place of the first occurrence of a code point, counted as SnakeYAML counts (code points). */
    private Location placeOf(int codePoint) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == codePoint) {
                return new Location(line, column);
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(c);
        }
        return last == null ? new Location(1, 1) : location(last);
    }

    private static Location location(Mark mark) {
        return new Location(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
