package io.github.rustfit.core.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.manifest.ManifestNode.Alias;
import io.github.rustfit.core.manifest.ManifestNode.Entry;
import io.github.rustfit.core.manifest.ManifestNode.Mapping;
import io.github.rustfit.core.manifest.ManifestNode.Scalar;
import io.github.rustfit.core.manifest.ManifestNode.Scalar.Kind;
import io.github.rustfit.core.manifest.ManifestNode.Sequence;
import io.github.rustfit.core.signals.registry.SignalRegistry;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a component manifest, YAML or (for a {@code .json} file) JSON. The text becomes a tree of
 * values that each know their line and column (SnakeYAML's events for YAML, Jackson's tokens for
 * JSON); the tree is then read into components here, by hand rather than by a data binder, so that
 * every wrong type, missing value, out-of-range number, unknown key, bad date or value, duplicate
 * component or module is an error that names the file, line and column, what was expected and the
 * fix, and never a binder's own wording or a silently converted value ({@code 165.7} lines of
 * code, the number {@code 12345} as a name).
 */
public final class ManifestReader {

    /** The manifest's file name at the reactor root unless configured otherwise. */
    public static final String DEFAULT_FILE_NAME = "rust-fit.yaml";

    /** The JSON form of the default manifest, read when only it exists. */
    public static final String JSON_FILE_NAME = "rust-fit.json";

    static final String EMPTY = "the manifest is empty; expected 'version: 1' and a 'components:' list.";

    static final String EXPECTED_DATE = "a date written yyyy-MM-dd, such as 2026-10-01";

    // ---- messages; "%s" before a problem is the value's path followed by ": ", or nothing at the top

    static final String NOT_UTF_8 = "byte 0x%02X is not valid UTF-8; expected a manifest saved as UTF-8 (such a"
            + " byte is typical of Latin-1 or Windows-1252). Fix: save the file as UTF-8.";
    static final String SYNTAX = "not valid %s: %s. Fix the syntax at this place.";
    static final String UNCLOSED_QUOTE = "a quoted value opened on line %d is not closed. Fix: end it with %s where"
            + " the value ends; a %s inside the value is written %s.";
    static final String TAB = "a tab character where YAML allows only spaces (to indent, or after a colon); expected"
            + " spaces. Fix: replace the tab with spaces.";
    static final String BAD_CHARACTER = "the character U+%04X is not allowed in YAML; expected printable text. Fix:"
            + " remove it, or write it as \\u%04X inside a double-quoted string.";
    static final String SECOND_DOCUMENT = "a second YAML document starts here; expected one document in a manifest."
            + " Fix: remove this '---' and what follows it, or move its content into the first document.";
    static final String SECOND_JSON_VALUE = "a second JSON value starts here; expected one object in a manifest."
            + " Fix: remove it, or move its content into the first object.";
    static final String TOO_DEEP = "values nested more than %d levels deep; expected at most 5 (the manifest, its"
            + " components, a component, its review, its signals). Fix: close the brackets or correct the"
            + " indentation before this place.";
    static final String UNKNOWN_ALIAS = "alias *%s names no anchor before it; expected an anchor &%s on a value"
            + " earlier in the file. Fix: write &%s before the value to reuse, above this alias, or write the value"
            + " here.";
    static final String ALIAS_INSIDE_ITSELF = "alias *%s refers to the value it is part of; expected an alias to a"
            + " complete value. Fix: write the value here instead of the alias.";
    static final String MERGE_KEY = "the merge key '<<' is not read in a manifest; expected each component to write"
            + " its own keys, so that every value has one line the review gate can name and rust-fit:review can"
            + " edit. Fix: write the keys out here; an alias can still share one value, such as owner: *team.";
    static final String UNSUPPORTED_TAG =
            "the tag %s is not read in a manifest; expected a plain value. Fix: remove the tag.";
    static final String KEY_NOT_TEXT = "expected a key name, found %s. Fix: write a plain key, such as name:.";
    static final String EMPTY_KEY =
            "a key with no name; expected a key name. Fix: write the key before the colon, or remove the line.";
    static final String NOT_A_MAPPING_AT_TOP = "expected a mapping of keys to values, found %s.";
    static final String ALIASES_TOO_LARGE = "the aliases expand to more than %d values; expected aliases to share"
            + " small values. Fix: write the values out instead of aliasing large lists or mappings.";
    static final String DUPLICATE_KEY =
            "%sduplicate key '%s' (first at line %d); expected each key once. Fix: keep one of the two.";
    static final String UNKNOWN_KEY = "unknown key '%s'%s; expected one of %s.%s";
    static final String UNKNOWN_QUESTION = "%sunknown question '%s'; expected one of %s.%s";
    static final String NO_VALUE = "%sno value; expected %s. Fix: write it after the colon, or remove the line.";
    static final String NO_ELEMENT = "%sno value; expected %s. Fix: write it, or remove the empty element.";
    static final String WRONG_TYPE = "%sexpected %s, found %s%s. Fix: %s.";
    static final String NOT_NAMED = "%s'%s' is not %s; expected one of %s.%s";
    static final String NOT_A_DATE = "%s'%s' is not a date; expected " + EXPECTED_DATE + ".";
    static final String MISSING_VERSION =
            "missing 'version'; expected 'version: %d'. Fix: add the line 'version: %d' at the top.";
    static final String UNSUPPORTED_VERSION = "version: version %s is not supported; expected %d. Fix: write"
            + " 'version: %d', or read this manifest with the plugin version that wrote it.";
    static final String EMPTY_COMPONENT = "%sempty entry; expected a component with a name. Fix: write the"
            + " component's keys under the '-', or remove it.";
    static final String EMPTY_MODULE = "%sempty module; expected an artifactId or a module path. Fix: write the"
            + " module's artifactId or path, or remove the empty element.";

    static final String EMPTY_SUPPRESSION = "%sempty entry; expected a suppression with a signal or files, a reason"
            + " and a reviewer. Fix: write its keys under the '-', or remove it.";
    static final String SUPPRESSION_SETS_ASIDE_ALL = "%sneither 'signal' nor 'files'; expected a signal id, file"
            + " globs, or both, so that it sets aside some evidence rather than all of it. Fix: add 'signal: <id>'"
            + " or 'files: [<glob>]'.";
    static final String SUPPRESSION_NO_REASON =
            "%smissing 'reason'; expected why the evidence is wrong, in the" + " team's words. Fix: add 'reason: ...'.";
    static final String SUPPRESSION_PLACEHOLDER_REASON = "%s'%s' is empty or a placeholder; expected why the evidence"
            + " is wrong, in the team's words, as a review's rationale must say why. Fix: write the reason.";
    static final String SUPPRESSION_NO_REVIEWER =
            "%smissing 'reviewer'; expected who judged the evidence wrong." + " Fix: add 'reviewer: <name>'.";
    static final String SUPPRESSION_PLACEHOLDER_REVIEWER = "%s'%s' is a placeholder; expected who judged the evidence"
            + " wrong, by name. Fix: write the reviewer's name.";
    static final String UNKNOWN_SIGNAL = "%sunknown signal '%s'; expected %s.%s";
    static final String EMPTY_LIST = "%san empty list; expected %s. Fix: %s.";
    static final String UNKNOWN_COMPONENT = "%sno component is named '%s'; expected one of %s.%s";
    static final String NO_COMPONENTS = "%sno component is named '%s': the manifest has no components. Fix: name"
            + " the modules under 'modules:' instead, or add the component.";

    private static final List<String> TOP_KEYS = List.of("components", "suppressions", "version");
    private static final List<String> SUPPRESSION_KEYS =
            List.of("components", "files", "modules", "reason", "reviewer", "signal");
    private static final List<String> SIGNAL_IDS = signalIds();
    private static final List<String> COMPONENT_KEYS =
            List.of("answers", "lifecycle", "modules", "name", "owner", "review");
    private static final List<String> REVIEW_KEYS = List.of(
            "date",
            "decision",
            "evidence",
            "linesOfCode",
            "rationale",
            "reviewers",
            "revisitBy",
            "signals",
            "suppressed",
            "verdict");
    private static final List<String> QUESTION_KEYS =
            Arrays.stream(Question.values()).map(Question::key).toList();

    private static final String ANY_WHOLE_NUMBER = "a whole number of 0 or more";
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9]*)");

    private ManifestReader() {}

    /**
     * The manifest to read: the configured file, or {@code rust-fit.json} beside it when the
     * configured file is the default {@code rust-fit.yaml}, does not exist, and the JSON one does.
     */
    public static Path locate(Path configured) {
        if (!Files.exists(configured) && configured.getFileName().toString().equals(DEFAULT_FILE_NAME)) {
            Path json = configured.resolveSibling(JSON_FILE_NAME);
            if (Files.exists(json)) {
                return json;
            }
        }
        return configured;
    }

    /** Reads the manifest if the file exists. */
    public static Optional<Manifest> readIfExists(Path file) throws ManifestException {
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** Reads the manifest from a file, which must be UTF-8 (a byte order mark is allowed). */
    public static Manifest read(Path file) throws ManifestException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ManifestException(file, Location.UNKNOWN, "no such file", e);
        } catch (IOException e) {
            throw new ManifestException(file, Location.UNKNOWN, "could not be read: " + e, e);
        }
        return parse(file, decode(file, bytes));
    }

    /** Reads manifest text; {@code file} decides the format (JSON for {@code .json}) and names it in errors. */
    public static Manifest parse(Path file, String text) throws ManifestException {
        // a byte order mark is no content in either format; editors on Windows write one
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Optional<ManifestNode> root = isJsonFile(file) ? JsonTree.read(file, content) : YamlTree.read(file, content);
        if (root.isEmpty()
                || (root.get() instanceof Scalar scalar && scalar.kind() == Kind.NULL)
                || (root.get() instanceof Mapping mapping && mapping.entries().isEmpty())) {
            throw new ManifestException(file, new Location(1, 1), EMPTY, null);
        }
        Binder binder = new Binder(file, root.get().weight());
        Document document = binder.document(root.get());
        validate(file, document, binder.locations);
        return new Manifest(file, document.version(), document.components(), binder.locations, document.suppressions());
    }

    /** True when the file is read as JSON (its name ends in {@code .json}). */
    public static boolean isJsonFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The top level of a manifest file. */
    record Document(int version, List<Component> components, List<Suppression> suppressions) {}

    // ---- bytes

    /** The text of UTF-8 bytes; the first byte that is not UTF-8 is an error at its line and column. */
    private static String decode(Path file, byte[] bytes) throws ManifestException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            String before = out.toString();
            int lineStart = before.lastIndexOf('\n') + 1;
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.codePointCount(lineStart, before.length()) + 1;
            throw new ManifestException(
                    file,
                    new Location(line, column),
                    String.format(Locale.ROOT, NOT_UTF_8, bytes[in.position()] & 0xFF),
                    null);
        }
        return out.toString();
    }

    // ---- semantic checks, after the types are right

    private static void validate(Path file, Document document, Map<String, Location> locations)
            throws ManifestException {
        List<Component> components = document.components();
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> owners = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            String at = "/components/" + i;
            Location here = locations.getOrDefault(at, Location.UNKNOWN);
            String where = "components[" + i + "]";
            checkName(file, component, names, i, locations);
            checkModules(file, components, i, owners, locations);
            if (component.review() != null) {
                checkReview(
                        file,
                        component.review(),
                        where + ".review: ",
                        at,
                        locations.getOrDefault(at + "/review", here),
                        locations);
            }
        }
        validateSuppressions(file, document, locations);
    }

    /** A component has a name no other component has. */
    private static void checkName(
            Path file, Component component, Map<String, Integer> names, int i, Map<String, Location> locations)
            throws ManifestException {
        String at = "/components/" + i;
        Location here = locations.getOrDefault(at, Location.UNKNOWN);
        String where = "components[" + i + "]";
        if (component.name() == null || component.name().isBlank()) {
            throw new ManifestException(
                    file, here, where + ": missing 'name'; expected a unique name such as wire-protocol.", null);
        }
        Integer first = names.putIfAbsent(component.name(), i);
        if (first != null) {
            throw new ManifestException(
                    file,
                    locations.getOrDefault(at + "/name", here),
                    where + ".name: duplicate component '" + component.name() + "' (first at line "
                            + locations
                                    .getOrDefault("/components/" + first, Location.UNKNOWN)
                                    .line()
                            + "); expected each component once. Merge the two entries.",
                    null);
        }
    }

    /** A component lists modules, none of them blank, and no module is listed twice. */
    private static void checkModules(
            Path file, List<Component> components, int i, Map<String, Integer> owners, Map<String, Location> locations)
            throws ManifestException {
        Component component = components.get(i);
        String at = "/components/" + i;
        Location here = locations.getOrDefault(at, Location.UNKNOWN);
        String where = "components[" + i + "]";
        if (component.modules().isEmpty()) {
            throw new ManifestException(
                    file,
                    locations.getOrDefault(at + "/modules", here),
                    where + ": component '" + component.name() + "' lists no modules; expected 'modules: [...]'"
                            + " with Maven artifactIds or module paths.",
                    null);
        }
        for (int j = 0; j < component.modules().size(); j++) {
            String module = component.modules().get(j);
            Location moduleAt = locations.getOrDefault(at + "/modules/" + j, here);
            if (module.isBlank()) {
                throw new ManifestException(
                        file,
                        moduleAt,
                        String.format(Locale.ROOT, EMPTY_MODULE, where + ".modules[" + j + "]: "),
                        null);
            }
            Integer owner = owners.putIfAbsent(module, i);
            if (owner != null) {
                String other = components.get(owner).name();
                throw new ManifestException(
                        file,
                        moduleAt,
                        where + ".modules[" + j + "]: module '" + module + "' is listed twice"
                                + (owner == i ? " in '" + other + "'" : " (also in component '" + other + "')")
                                + "; expected each module in one component only.",
                        null);
            }
        }
    }

    /** A review has a decision, a date and a revisit date no earlier than its date. */
    private static void checkReview(
            Path file, Review review, String inReview, String at, Location reviewAt, Map<String, Location> locations)
            throws ManifestException {
        if (review.decision() == null) {
            throw new ManifestException(
                    file,
                    reviewAt,
                    inReview + "missing 'decision'; expected one of " + names(ReviewDecision.values()) + ".",
                    null);
        }
        if (review.date() == null) {
            throw new ManifestException(
                    file, reviewAt, inReview + "missing 'date'; expected " + EXPECTED_DATE + ".", null);
        }
        if (review.revisitBy() == null) {
            throw new ManifestException(
                    file,
                    reviewAt,
                    inReview + "missing 'revisitBy'; expected " + EXPECTED_DATE
                            + ", when the review must be looked at again.",
                    null);
        }
        if (review.revisitBy().isBefore(review.date())) {
            throw new ManifestException(
                    file,
                    locations.getOrDefault(at + "/review/revisitBy", reviewAt),
                    inReview + "revisitBy " + review.revisitBy() + " is before the review's date " + review.date()
                            + "; expected a later date.",
                    null);
        }
    }

    /** Each component a suppression names must be one of the manifest's. */
    private static void validateSuppressions(Path file, Document document, Map<String, Location> locations)
            throws ManifestException {
        List<String> names = document.components().stream().map(Component::name).toList();
        for (int i = 0; i < document.suppressions().size(); i++) {
            List<String> components = document.suppressions().get(i).components();
            for (int j = 0; j < components.size(); j++) {
                String name = components.get(j);
                if (names.contains(name)) {
                    continue;
                }
                String at = "/suppressions/" + i + "/components/" + j;
                String prefix = "suppressions[" + i + "].components[" + j + "]: ";
                String message = names.isEmpty()
                        ? String.format(Locale.ROOT, NO_COMPONENTS, prefix, name)
                        : String.format(
                                Locale.ROOT,
                                UNKNOWN_COMPONENT,
                                prefix,
                                name,
                                String.join(", ", names),
                                didYouMean(name, names).isEmpty()
                                        ? " Fix: write the name of a component, or remove it."
                                        : didYouMean(name, names));
                throw new ManifestException(file, locations.getOrDefault(at, Location.UNKNOWN), message, null);
            }
        }
    }

    // ---- reading the tree as components

    /**
     * Where a value is: its path for messages ({@code components[0].review}), its JSON Pointer for
     * {@link Manifest#locations()}, and the alias it was reached through, if any. A value reached
     * through an alias is placed where the (outermost) alias is written: that is where this
     * component uses it, and the line the gate and rust-fit:review must work with.
     */
    private record Place(String path, String pointer, Alias through) {

        static final Place TOP = new Place("", "", null);

        Place key(String key) {
            return new Place(
                    path.isEmpty() ? key : path + "." + key,
                    pointer + "/" + key.replace("~", "~0").replace("/", "~1"),
                    through);
        }

        Place index(int index) {
            return new Place(path + "[" + index + "]", pointer + "/" + index, through);
        }

        Place via(ManifestNode node) {
            return through == null && node instanceof Alias alias ? new Place(path, pointer, alias) : this;
        }

        Location locate(Location own) {
            return through == null ? own : through.at();
        }

        /** {@code "components[0].name: "}, or nothing at the top. */
        String prefix() {
            return path.isEmpty() ? "" : path + ": ";
        }
    }

    /** How a value should be written, for messages about a wrong one. */
    private enum Shape {
        TEXT,
        WHOLE_NUMBER,
        VERSION,
        DATE,
        LIST,
        MAPPING,
        NAMED
    }

    private static final class Binder {
        private final Path file;
        private final Map<String, Location> locations = new LinkedHashMap<>();
        private final long aliasBudget;
        private long aliased;

        Binder(Path file, int weight) {
            this.file = file;
            // aliases share values without copying them; reading them must not multiply the work either
            this.aliasBudget = 10_000L + 10L * weight;
        }

        Document document(ManifestNode root) throws ManifestException {
            ManifestNode value = resolve(root);
            if (!(value instanceof Mapping mapping)) {
                throw new ManifestException(
                        file, root.at(), String.format(Locale.ROOT, NOT_A_MAPPING_AT_TOP, value.describe()), null);
            }
            Integer version = null;
            List<Component> components = new ArrayList<>();
            List<Suppression> suppressions = new ArrayList<>();
            checkDuplicates(mapping, Place.TOP);
            for (Entry entry : mapping.entries()) {
                Field field = field(entry, Place.TOP, TOP_KEYS);
                if (field.key().equals("version")) {
                    version = version(field);
                } else if (field.key().equals("suppressions")) {
                    List<ManifestNode> items = list(field);
                    for (int i = 0; i < items.size(); i++) {
                        suppressions.add(suppression(element(field, i, items.get(i))));
                    }
                } else {
                    List<ManifestNode> items = list(field);
                    for (int i = 0; i < items.size(); i++) {
                        Field item = element(field, i, items.get(i));
                        components.add(component(item));
                    }
                }
            }
            if (version == null) {
                throw new ManifestException(
                        file,
                        new Location(1, 1),
                        String.format(Locale.ROOT, MISSING_VERSION, Manifest.VERSION, Manifest.VERSION),
                        null);
            }
            return new Document(version, components, suppressions);
        }

        private Suppression suppression(Field item) throws ManifestException {
            if (resolve(item.value()) instanceof Scalar scalar && scalar.kind() == Kind.NULL) {
                throw new ManifestException(
                        file,
                        item.at(),
                        String.format(
                                Locale.ROOT, EMPTY_SUPPRESSION, item.place().prefix()),
                        null);
            }
            Mapping mapping = mapping(item);
            String signal = null;
            List<String> files = new ArrayList<>();
            List<String> modules = new ArrayList<>();
            List<String> components = new ArrayList<>();
            String reason = null;
            String reviewer = null;
            checkDuplicates(mapping, item.place());
            for (Entry entry : mapping.entries()) {
                Field field = field(entry, item.place(), SUPPRESSION_KEYS);
                switch (field.key()) {
                    case "signal" -> signal = signalId(field);
                    case "files" -> files.addAll(globs(field));
                    case "modules" ->
                        modules.addAll(names(
                                field,
                                "at least one artifactId or module path",
                                "an artifactId or a module path",
                                "name a module, or remove the key to apply it to every module"));
                    case "components" ->
                        components.addAll(names(
                                field,
                                "at least one component's name",
                                "a component's name",
                                "name a component, or remove the key to apply it to every module"));
                    case "reason" -> reason = reason(field);
                    default -> reviewer = reviewer(field);
                }
            }
            requireComplete(item, signal == null && files.isEmpty(), reason, reviewer);
            return new Suppression(signal, files, modules, components, reason, reviewer);
        }

        /** A suppression's file globs, each one a source path can match. */
        private List<String> globs(Field field) throws ManifestException {
            List<String> globs = new ArrayList<>();
            for (Field glob : texts(
                    field,
                    "at least one glob, such as **/generated/**",
                    "a glob such as **/generated/**",
                    "write a glob, or remove the key to set aside the signal in every file")) {
                String pattern = text(glob, "a glob such as **/generated/**");
                var problem = FileGlob.problem(pattern);
                if (problem.isPresent()) {
                    throw new ManifestException(file, glob.at(), glob.place().prefix() + problem.get(), null);
                }
                globs.add(pattern);
            }
            return globs;
        }

        /** A list of names (modules or components), none of them empty. */
        private List<String> names(Field field, String some, String one, String fix) throws ManifestException {
            List<String> names = new ArrayList<>();
            for (Field name : texts(field, some, one, fix)) {
                names.add(text(name, one));
            }
            return names;
        }

        /** A suppression's reason, in the team's own words. */
        private String reason(Field field) throws ManifestException {
            String reason = text(field, "text: why the evidence is wrong, in the team's words");
            if (Placeholders.isPlaceholder(reason)) {
                throw new ManifestException(
                        file,
                        field.at(),
                        String.format(
                                Locale.ROOT,
                                SUPPRESSION_PLACEHOLDER_REASON,
                                field.place().prefix(),
                                reason.strip()),
                        null);
            }
            return reason;
        }

        /** A suppression's reviewer, a name: a placeholder such as TODO names no one. */
        private String reviewer(Field field) throws ManifestException {
            String reviewer = text(field, "a reviewer's name");
            if (!reviewer.isBlank() && Placeholders.isPlaceholderName(reviewer)) {
                throw new ManifestException(
                        file,
                        field.at(),
                        String.format(
                                Locale.ROOT,
                                SUPPRESSION_PLACEHOLDER_REVIEWER,
                                field.place().prefix(),
                                reviewer.strip()),
                        null);
            }
            return reviewer;
        }

        /** A suppression narrows what it sets aside, says why, and names who judged so. */
        private void requireComplete(Field item, boolean setsAsideAll, String reason, String reviewer)
                throws ManifestException {
            String message = setsAsideAll
                    ? SUPPRESSION_SETS_ASIDE_ALL
                    : reason == null
                            ? SUPPRESSION_NO_REASON
                            : reviewer == null || reviewer.isBlank() ? SUPPRESSION_NO_REVIEWER : null;
            if (message != null) {
                throw new ManifestException(
                        file,
                        item.at(),
                        String.format(Locale.ROOT, message, item.place().prefix()),
                        null);
            }
        }

        /** A list's elements as fields; the list must hold at least one, none of them empty. */
        private List<Field> texts(Field list, String some, String one, String fix) throws ManifestException {
            List<ManifestNode> items = list(list);
            if (items.isEmpty()) {
                throw new ManifestException(
                        file,
                        list.at(),
                        String.format(Locale.ROOT, EMPTY_LIST, list.place().prefix(), some, fix),
                        null);
            }
            List<Field> fields = new ArrayList<>();
            for (int j = 0; j < items.size(); j++) {
                Field element = element(list, j, items.get(j));
                Scalar scalar = scalar(element, one, Shape.TEXT);
                if (scalar.kind() == Kind.TEXT && scalar.text().isBlank()) {
                    throw new ManifestException(
                            file,
                            element.at(),
                            String.format(
                                    Locale.ROOT, NO_ELEMENT, element.place().prefix(), one),
                            null);
                }
                fields.add(element);
            }
            return fields;
        }

        /** A signal id the registry knows; a misspelt one names the closest. */
        private String signalId(Field field) throws ManifestException {
            String id = text(field, "a signal id such as concurrency.atomics").strip();
            if (SIGNAL_IDS.contains(id)) {
                return id;
            }
            String family = id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
            List<String> sameFamily = SIGNAL_IDS.stream()
                    .filter(known -> known.startsWith(family + "."))
                    .toList();
            String expected = sameFamily.isEmpty()
                    ? "a signal id (family.name) of the families "
                            + SIGNAL_IDS.stream()
                                    .map(known -> known.substring(0, known.indexOf('.')))
                                    .distinct()
                                    .collect(Collectors.joining(", "))
                            + "; the report names each signal with its evidence"
                    : "one of " + String.join(", ", sameFamily);
            String fix = didYouMean(id, SIGNAL_IDS);
            throw new ManifestException(
                    file,
                    field.at(),
                    String.format(
                            Locale.ROOT,
                            UNKNOWN_SIGNAL,
                            field.place().prefix(),
                            id,
                            expected,
                            fix.isEmpty() ? " Fix: write the id as the report shows it." : fix),
                    null);
        }

        private int version(Field field) throws ManifestException {
            String expected = "the whole number " + Manifest.VERSION;
            Scalar scalar = scalar(field, expected, Shape.VERSION);
            if (scalar.kind() != Kind.INTEGER || !DECIMAL.matcher(scalar.text()).matches()) {
                throw wrongType(field, expected, Shape.VERSION);
            }
            BigInteger version = new BigInteger(scalar.text());
            if (!version.equals(BigInteger.valueOf(Manifest.VERSION))) {
                throw new ManifestException(
                        file,
                        field.at(),
                        String.format(Locale.ROOT, UNSUPPORTED_VERSION, version, Manifest.VERSION, Manifest.VERSION),
                        null);
            }
            return Manifest.VERSION;
        }

        private Component component(Field item) throws ManifestException {
            if (resolve(item.value()) instanceof Scalar scalar && scalar.kind() == Kind.NULL) {
                throw new ManifestException(
                        file,
                        item.at(),
                        String.format(Locale.ROOT, EMPTY_COMPONENT, item.place().prefix()),
                        null);
            }
            Mapping mapping = mapping(item);
            String name = null;
            List<String> modules = new ArrayList<>();
            Lifecycle lifecycle = null;
            String owner = null;
            Map<Question, Answer> answers = new EnumMap<>(Question.class);
            Review review = null;
            checkDuplicates(mapping, item.place());
            for (Entry entry : mapping.entries()) {
                Field field = field(entry, item.place(), COMPONENT_KEYS);
                switch (field.key()) {
                    case "name" -> name = text(field, "text, such as wire-protocol");
                    case "modules" -> {
                        List<ManifestNode> items = list(field);
                        for (int j = 0; j < items.size(); j++) {
                            Field module = element(field, j, items.get(j));
                            if (resolve(module.value()) instanceof Scalar s && s.kind() == Kind.NULL) {
                                throw new ManifestException(
                                        file,
                                        module.at(),
                                        String.format(
                                                Locale.ROOT,
                                                EMPTY_MODULE,
                                                module.place().prefix()),
                                        null);
                            }
                            modules.add(text(module, "an artifactId or a module path"));
                        }
                    }
                    case "lifecycle" -> lifecycle = named(field, LIFECYCLES);
                    case "owner" -> owner = text(field, "text, such as payments-platform");
                    case "answers" -> answers(field, answers);
                    default -> review = recorded(field) ? review(field) : null;
                }
            }
            return new Component(name, modules, lifecycle, owner, answers, review);
        }

        private void answers(Field field, Map<Question, Answer> answers) throws ManifestException {
            Mapping mapping = mapping(field);
            checkDuplicates(mapping, field.place());
            for (Entry entry : mapping.entries()) {
                Field answer = field(entry, field.place(), QUESTION_KEYS);
                Question question = Arrays.stream(Question.values())
                        .filter(q -> q.key().equals(answer.key()))
                        .findFirst()
                        .orElseThrow();
                answers.put(question, named(answer, ANSWERS));
            }
        }

        /**
         * Whether a review is recorded: {@code review:} with no value, {@code review: ~} or {@code
         * review: {}} records none, so the gate asks for one and rust-fit:review fills it in.
         */
        private boolean recorded(Field field) throws ManifestException {
            ManifestNode value = resolve(field.value());
            return !(value instanceof Scalar scalar && scalar.kind() == Kind.NULL)
                    && !(value instanceof Mapping mapping && mapping.entries().isEmpty());
        }

        private Review review(Field field) throws ManifestException {
            Mapping mapping = mapping(field);
            ReviewDecision decision = null;
            String rationale = null;
            List<String> reviewers = new ArrayList<>();
            LocalDate date = null;
            LocalDate revisitBy = null;
            Verdict verdict = null;
            String evidence = null;
            Long linesOfCode = null;
            Map<String, Integer> signals = null;
            Map<String, Integer> suppressed = null;
            checkDuplicates(mapping, field.place());
            for (Entry entry : mapping.entries()) {
                Field value = field(entry, field.place(), REVIEW_KEYS);
                switch (value.key()) {
                    case "decision" -> decision = named(value, DECISIONS);
                    case "rationale" -> rationale = text(value, "text: why, in the team's words");
                    case "reviewers" -> {
                        List<ManifestNode> items = list(value);
                        for (int j = 0; j < items.size(); j++) {
                            reviewers.add(text(element(value, j, items.get(j)), "a reviewer's name"));
                        }
                    }
                    case "date" -> date = date(value);
                    case "revisitBy" -> revisitBy = date(value);
                    case "verdict" -> verdict = named(value, VERDICTS);
                    case "evidence" -> evidence = text(value, "text, such as sha256:...");
                    case "linesOfCode" -> linesOfCode = wholeNumber(value, Long.MAX_VALUE);
                    case "suppressed" -> suppressed = signals(value);
                    default -> signals = signals(value);
                }
            }
            return new Review(
                    decision,
                    rationale,
                    reviewers,
                    date,
                    revisitBy,
                    new Review.Seen(verdict, evidence, linesOfCode, signals, suppressed));
        }

        private Map<String, Integer> signals(Field field) throws ManifestException {
            Mapping mapping = mapping(field);
            checkDuplicates(mapping, field.place());
            Map<String, Integer> signals = new LinkedHashMap<>();
            for (Entry entry : mapping.entries()) {
                Field count = field(entry, field.place(), null);
                signals.put(count.key(), (int) wholeNumber(count, Integer.MAX_VALUE));
            }
            return signals;
        }

        // ---- keys and elements

        /**
         * A value with its key (or index), its place and the line and column messages about it
         * name: its key's, or for a list's element, its own.
         */
        private record Field(String key, ManifestNode value, Place place, Location at, boolean element) {}

        /** The entry as a field, once its key is known to be allowed ({@code known} null: any key). */
        private Field field(Entry entry, Place parent, List<String> known) throws ManifestException {
            Location keyAt = parent.locate(entry.keyAt());
            if (known != null && !known.contains(entry.key())) {
                String fix = didYouMean(entry.key(), known);
                fix = fix.isEmpty() ? " Fix: remove it, or correct its spelling." : fix;
                String message = known == QUESTION_KEYS
                        ? String.format(
                                Locale.ROOT,
                                UNKNOWN_QUESTION,
                                parent.prefix(),
                                entry.key(),
                                String.join(", ", known),
                                fix)
                        : String.format(
                                Locale.ROOT,
                                UNKNOWN_KEY,
                                entry.key(),
                                parent.path().isEmpty() ? " at the top level" : " in " + parent.path(),
                                String.join(", ", known),
                                fix);
                throw new ManifestException(file, keyAt, message, null);
            }
            Place place = parent.key(entry.key()).via(entry.value());
            locations.put(place.pointer(), keyAt);
            return new Field(entry.key(), entry.value(), place, keyAt, false);
        }

        private Field element(Field list, int index, ManifestNode item) {
            Place place = list.place().index(index).via(item);
            Location at = place.locate(item.at());
            locations.put(place.pointer(), at);
            return new Field(list.key(), item, place, at, true);
        }

        private void checkDuplicates(Mapping mapping, Place place) throws ManifestException {
            Map<String, Location> seen = new HashMap<>();
            for (Entry entry : mapping.entries()) {
                Location first = seen.putIfAbsent(entry.key(), entry.keyAt());
                if (first != null) {
                    throw new ManifestException(
                            file,
                            place.locate(entry.keyAt()),
                            String.format(
                                    Locale.ROOT,
                                    DUPLICATE_KEY,
                                    place.prefix(),
                                    entry.key(),
                                    place.locate(first).line()),
                            null);
                }
            }
        }

        // ---- values

        /** The value an alias stands for; aliased lists and mappings count against the budget. */
        private ManifestNode resolve(ManifestNode node) throws ManifestException {
            if (!(node instanceof Alias alias)) {
                return node;
            }
            aliased += alias.target().weight();
            if (aliased > aliasBudget) {
                throw new ManifestException(
                        file, alias.at(), String.format(Locale.ROOT, ALIASES_TOO_LARGE, aliasBudget), null);
            }
            return alias.target();
        }

        /** The field's scalar, which must have a value. */
        private Scalar scalar(Field field, String expected, Shape shape) throws ManifestException {
            ManifestNode value = resolve(field.value());
            if (value instanceof Scalar scalar) {
                if (scalar.kind() == Kind.NULL) {
                    throw new ManifestException(
                            file,
                            field.at(),
                            String.format(
                                    Locale.ROOT,
                                    field.element() ? NO_ELEMENT : NO_VALUE,
                                    field.place().prefix(),
                                    expected),
                            null);
                }
                return scalar;
            }
            throw wrongType(field, expected, shape);
        }

        private String text(Field field, String expected) throws ManifestException {
            Scalar scalar = scalar(field, expected, Shape.TEXT);
            if (scalar.kind() != Kind.TEXT) {
                throw wrongType(field, field.element() ? expected + " as text" : "text", Shape.TEXT);
            }
            return scalar.text();
        }

        private long wholeNumber(Field field, long max) throws ManifestException {
            String expected = ANY_WHOLE_NUMBER + (max == Long.MAX_VALUE ? "" : ", at most " + max);
            Scalar scalar = scalar(field, expected, Shape.WHOLE_NUMBER);
            if (scalar.kind() != Kind.INTEGER || !DECIMAL.matcher(scalar.text()).matches()) {
                throw wrongType(field, ANY_WHOLE_NUMBER, Shape.WHOLE_NUMBER);
            }
            BigInteger value = new BigInteger(scalar.text());
            if (value.signum() < 0) {
                throw wrongType(field, ANY_WHOLE_NUMBER, Shape.WHOLE_NUMBER);
            }
            if (value.compareTo(BigInteger.valueOf(max)) > 0) {
                throw wrongType(field, expected, Shape.WHOLE_NUMBER);
            }
            return value.longValue();
        }

        private LocalDate date(Field field) throws ManifestException {
            Scalar scalar = scalar(field, EXPECTED_DATE, Shape.DATE);
            if (scalar.kind() == Kind.TEXT || scalar.kind() == Kind.DATE) {
                try {
                    return LocalDate.parse(scalar.text().strip());
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            throw new ManifestException(
                    file,
                    field.at(),
                    String.format(Locale.ROOT, NOT_A_DATE, field.place().prefix(), scalar.text())
                            + aliasNote(field.value()),
                    null);
        }

        private <T> T named(Field field, Names<T> names) throws ManifestException {
            Scalar scalar = scalar(field, names.expected(), Shape.NAMED);
            String text = scalar.text().strip();
            T found = names.byLowerCaseName.get(text.toLowerCase(Locale.ROOT));
            if (found == null) {
                // YAML reads on and off as booleans: no spelling is near what was meant there
                String fix = scalar.kind() == Kind.BOOLEAN ? "" : didYouMean(text, names.shown);
                throw new ManifestException(
                        file,
                        field.at(),
                        String.format(
                                        Locale.ROOT,
                                        NOT_NAMED,
                                        field.place().prefix(),
                                        text,
                                        names.what,
                                        String.join(", ", names.shown),
                                        fix.isEmpty() ? " Fix: write one of them." : fix)
                                + aliasNote(field.value()),
                        null);
            }
            return found;
        }

        /** The list's elements; a key written with no value is an empty list. */
        private List<ManifestNode> list(Field field) throws ManifestException {
            ManifestNode value = resolve(field.value());
            if (value instanceof Sequence sequence) {
                return sequence.items();
            }
            if (value instanceof Scalar scalar && scalar.kind() == Kind.NULL) {
                return List.of();
            }
            throw wrongType(field, "a list", Shape.LIST);
        }

        /** The mapping; a key written with no value is an empty mapping. */
        private Mapping mapping(Field field) throws ManifestException {
            ManifestNode value = resolve(field.value());
            if (value instanceof Mapping mapping) {
                return mapping;
            }
            if (value instanceof Scalar scalar && scalar.kind() == Kind.NULL) {
                return new Mapping(scalar.at(), List.of());
            }
            throw wrongType(field, "a mapping of keys to values", Shape.MAPPING);
        }

        private ManifestException wrongType(Field field, String expected, Shape shape) {
            ManifestNode value = field.value() instanceof Alias alias ? alias.target() : field.value();
            String text = value instanceof Scalar scalar ? scalar.text() : null;
            boolean quoted = value instanceof Scalar scalar && scalar.kind() == Kind.TEXT;
            String fix = switch (shape) {
                case TEXT -> text != null ? "quote it: \"" + text + "\"" : "write one line of text here";
                case WHOLE_NUMBER ->
                    quoted ? "write the number without quotes" : "write a whole number in decimal digits, such as 1200";
                case VERSION -> "write 'version: " + Manifest.VERSION + "'";
                case DATE -> "write one date, such as 2026-10-01";
                case LIST ->
                    text != null ? "write it as a list: [" + text + "]" : "write the values as a list, such as [a, b]";
                case MAPPING -> "write its keys and values under it, one per line, indented";
                case NAMED -> "write one of the values named";
            };
            return new ManifestException(
                    file,
                    field.at(),
                    String.format(
                            Locale.ROOT,
                            WRONG_TYPE,
                            field.place().prefix(),
                            expected,
                            value.describe(),
                            aliasNote(field.value()),
                            fix),
                    null);
        }

        /** " (the value of *x, anchored at 12:5)" when the value is an alias's, so both places are named. */
        private static String aliasNote(ManifestNode node) {
            if (node instanceof Alias alias) {
                Location anchored = alias.target().at();
                return " (the value of *" + alias.anchor() + ", anchored at " + anchored.line() + ":"
                        + anchored.column() + ")";
            }
            return "";
        }
    }

    /** The allowed names of a value, as messages show them, and how they are read (case-insensitively). */
    private static final class Names<T> {
        final String what;
        final List<String> shown;
        final Map<String, T> byLowerCaseName = new HashMap<>();

        Names(String what, Map<String, T> byName) {
            this.what = what;
            this.shown = List.copyOf(byName.keySet());
            byName.forEach((name, value) -> byLowerCaseName.put(name.toLowerCase(Locale.ROOT), value));
        }

        String expected() {
            return what + " (" + String.join(", ", shown) + ")";
        }
    }

    private static <E extends Enum<E>> Map<String, E> byName(E[] values, Function<E, String> name) {
        Map<String, E> names = new LinkedHashMap<>();
        for (E value : values) {
            names.put(name.apply(value), value);
        }
        return names;
    }

    private static final Names<Lifecycle> LIFECYCLES =
            new Names<>("a lifecycle", byName(Lifecycle.values(), Lifecycle::yamlName));
    private static final Names<ReviewDecision> DECISIONS =
            new Names<>("a review decision", byName(ReviewDecision.values(), ReviewDecision::yamlName));
    private static final Names<Verdict> VERDICTS = new Names<>("a verdict", byName(Verdict.values(), Verdict::name));
    private static final Names<Answer> ANSWERS = answers();

    /** yes, no, unknown; and true and false, as JSON writes a boolean answer. */
    private static Names<Answer> answers() {
        Names<Answer> names =
                new Names<>("an answer", byName(Answer.values(), a -> a.name().toLowerCase(Locale.ROOT)));
        names.byLowerCaseName.put("true", Answer.YES);
        names.byLowerCaseName.put("false", Answer.NO);
        return names;
    }

    // ---- messages

    static String didYouMean(String word, List<String> candidates) {
        return ClosestMatch.among(word, candidates)
                .map(match -> " Did you mean '" + match + "'?")
                .orElse("");
    }

    /** The parser's explanation on one line, without its echo of the source and its pointer. */
    static String firstLine(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "unreadable content";
        }
        List<String> kept = new ArrayList<>();
        for (String line : message.split("\\R")) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("at [Source")) {
                kept.add(stripped);
            }
        }
        return String.join(" ", kept).replaceAll("\\s+", " ").replaceAll("[.]$", "");
    }

    /** Every signal id a run can report, file and module signals alike, sorted. */
    private static List<String> signalIds() {
        List<String> ids = new ArrayList<>();
        SignalRegistry.fileSignals().forEach(signal -> ids.add(signal.id()));
        SignalRegistry.moduleSignals().forEach(signal -> ids.add(signal.id()));
        return ids.stream().sorted().toList();
    }

    static String names(ReviewDecision[] decisions) {
        return Arrays.stream(decisions).map(ReviewDecision::yamlName).collect(Collectors.joining(", "));
    }
}
