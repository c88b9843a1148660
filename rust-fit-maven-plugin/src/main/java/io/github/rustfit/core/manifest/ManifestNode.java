package io.github.rustfit.core.manifest;

import java.util.List;

/**
 * A manifest as written, before it is read as components: scalars, lists and mappings, each with
 * the place it starts at. YAML and JSON both become this tree, so one reader judges both and every
 * value it complains about has a line and column.
 */
sealed interface ManifestNode {

    /** Where the node starts (for a scalar, its first character). */
    Location at();

    /** How many nodes this one holds, itself included: what one alias to it costs to read. */
    int weight();

    /** "a list", "the number 12", ... for messages. */
    String describe();

    /** A single value; its text as written, without quotes. */
    record Scalar(Location at, Kind kind, String text) implements ManifestNode {

        /** What the format reads the scalar as. */
        enum Kind {
            NULL,
            BOOLEAN,
            INTEGER,
            FLOAT,
            DATE,
            TEXT
        }

        @Override
        public int weight() {
            return 1;
        }

        @Override
        public String describe() {
            return switch (kind) {
                case NULL -> "nothing";
                case BOOLEAN -> "the boolean " + text;
                case INTEGER, FLOAT -> "the number " + text;
                case DATE -> "the date " + text;
                case TEXT -> "the text '" + text + "'";
            };
        }
    }

    /** A list. */
    record Sequence(Location at, List<ManifestNode> items, int weight) implements ManifestNode {

        public Sequence {
            items = List.copyOf(items);
        }

        /** A list weighing itself and its items. */
        Sequence(Location at, List<ManifestNode> items) {
            this(at, items, 1 + items.stream().mapToInt(ManifestNode::weight).sum());
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A mapping, its entries in file order (a key written twice appears twice). */
    record Mapping(Location at, List<Entry> entries, int weight) implements ManifestNode {

        public Mapping {
            entries = List.copyOf(entries);
        }

        /** A mapping weighing itself, and each entry its key and its value. */
        Mapping(Location at, List<Entry> entries) {
            this(
                    at,
                    entries,
                    1
                            + entries.stream()
                                    .mapToInt(entry -> 1 + entry.value().weight())
                                    .sum());
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /**
     * One key and its value.
     *
     * @param key the key's text
     * @param keyAt where the key is written
     * @param value its value
     */
    record Entry(String key, Location keyAt, ManifestNode value) {}

    /**
     * A YAML alias ({@code *name}): the anchored value, used where the alias is written.
     *
     * @param at where the alias is written
     * @param anchor the anchor's name, without {@code &} or {@code *}
     * @param target the anchored value (never itself an alias)
     */
    record Alias(Location at, String anchor, ManifestNode target) implements ManifestNode {

        @Override
        public int weight() {
            return 1;
        }

        @Override
        public String describe() {
            return target.describe();
        }
    }
}
