package io.github.rustfit.core.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a component manifest, YAML or (for a {@code .json} file) JSON. Unknown keys, wrong types,
 * bad dates and values, duplicate components and modules listed twice are errors that name the
 * file, line and column, what was expected, and the closest allowed word.
 */
public final class ManifestReader {

    /** The manifest's file name at the reactor root unless configured otherwise. */
    public static final String DEFAULT_FILE_NAME = "rust-fit.yaml";

    static final String EMPTY = "the manifest is empty; expected 'version: 1' and a 'components:' list.";

    static final String EXPECTED_DATE = "a date written yyyy-MM-dd, such as 2026-10-01";

    private ManifestReader() {}

    /** The JSON form of the default manifest, read when only it exists. */
    public static final String JSON_FILE_NAME = "rust-fit.json";

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

    /** Reads the manifest from a file. */
    public static Manifest read(Path file) throws ManifestException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ManifestException(file, Location.UNKNOWN, "no such file", e);
        } catch (IOException e) {
            throw new ManifestException(file, Location.UNKNOWN, "could not be read: " + e, e);
        }
        return parse(file, text);
    }

    /** Reads manifest text; {@code file} decides the format (JSON for {@code .json}) and names it in errors. */
    public static Manifest parse(Path file, String text) throws ManifestException {
        boolean json = isJsonFile(file);
        ObjectMapper mapper = json ? JSON : YAML;
        Map<String, Location> locations = new LinkedHashMap<>();
        Map<String, String> found = new HashMap<>();
        try {
            scan(mapper, text, locations, found);
        } catch (JsonProcessingException e) {
            throw error(
                    file,
                    null,
                    e,
                    "not valid " + (json ? "JSON" : "YAML") + ": " + firstLine(e.getOriginalMessage())
                            + ". Fix the syntax at this place.");
        } catch (IOException e) {
            throw new ManifestException(file, Location.UNKNOWN, "could not be read: " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw new ManifestException(file, new Location(1, 1), EMPTY, null);
        }
        Document document;
        try {
            document = mapper.readValue(text, Document.class);
        } catch (InvalidValue e) {
            throw error(file, locations, e, path(e) + e.problem);
        } catch (UnrecognizedPropertyException e) {
            List<String> known = e.getKnownPropertyIds().stream()
                    .map(String::valueOf)
                    .sorted()
                    .toList();
            String key = e.getPropertyName();
            throw error(
                    file,
                    locations,
                    e,
                    "unknown key '" + key + "'" + inside(e) + "; expected one of " + String.join(", ", known) + "."
                            + didYouMean(key, known));
        } catch (InvalidFormatException e) {
            throw error(
                    file,
                    locations,
                    e,
                    path(e) + "'" + e.getValue() + "' is not " + expected(e.getTargetType()) + "; expected "
                            + expected(e.getTargetType()) + ".");
        } catch (MismatchedInputException e) {
            throw error(
                    file,
                    locations,
                    e,
                    path(e) + "expected " + expected(e.getTargetType()) + ", found "
                            + found.getOrDefault(pointer(e.getPath()), "something else") + ".");
        } catch (JsonMappingException e) {
            throw error(file, locations, e, path(e) + firstLine(e.getOriginalMessage()) + ".");
        } catch (JsonProcessingException e) {
            throw error(
                    file,
                    null,
                    e,
                    "not valid " + (json ? "JSON" : "YAML") + ": " + firstLine(e.getOriginalMessage())
                            + ". Fix the syntax at this place.");
        }
        if (document == null) {
            throw new ManifestException(file, new Location(1, 1), EMPTY, null);
        }
        validate(file, document, locations);
        return new Manifest(
                file, document.version(), document.components() == null ? List.of() : document.components(), locations);
    }

    /** True when the file is read as JSON (its name ends in {@code .json}). */
    public static boolean isJsonFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The top level of a manifest file. */
    record Document(Integer version, List<Component> components) {}

    // ---- semantic checks, after the types are right

    private static void validate(Path file, Document document, Map<String, Location> locations)
            throws ManifestException {
        if (document.version() == null) {
            throw new ManifestException(
                    file, new Location(1, 1), "missing 'version'; expected 'version: " + Manifest.VERSION + "'.", null);
        }
        if (document.version() != Manifest.VERSION) {
            throw new ManifestException(
                    file,
                    locations.getOrDefault("/version", Location.UNKNOWN),
                    "version: version " + document.version() + " is not supported; expected " + Manifest.VERSION + ".",
                    null);
        }
        List<Component> components = document.components() == null ? List.of() : document.components();
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> owners = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            String at = "/components/" + i;
            Location here = locations.getOrDefault(at, Location.UNKNOWN);
            if (component == null) {
                throw new ManifestException(
                        file, here, "components[" + i + "]: empty entry; expected a component with a name.", null);
            }
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
                if (module == null || module.isBlank()) {
                    throw new ManifestException(
                            file,
                            moduleAt,
                            where + ".modules[" + j + "]: empty module; expected an artifactId or a module path.",
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
            Review review = component.review();
            if (review != null) {
                Location reviewAt = locations.getOrDefault(at + "/review", here);
                String inReview = where + ".review: ";
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
                            inReview + "revisitBy " + review.revisitBy() + " is before the review's date "
                                    + review.date() + "; expected a later date.",
                            null);
                }
            }
        }
    }

    // ---- locations

    /**
     * Reads the text as tokens only: finds syntax errors, and records where every key and list
     * element sits and what kind of value it holds, by JSON Pointer.
     */
    private static void scan(
            ObjectMapper mapper, String text, Map<String, Location> locations, Map<String, String> found)
            throws IOException {
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonStreamContext context = parser.getParsingContext();
                if (token.isStructStart()) {
                    context = context.getParent();
                }
                JsonLocation at = parser.currentTokenLocation();
                if (token == JsonToken.FIELD_NAME || (context.inArray() && !token.isStructEnd())) {
                    locations.putIfAbsent(
                            context.pathAsPointer().toString(), new Location(at.getLineNr(), at.getColumnNr()));
                }
                if (token != JsonToken.FIELD_NAME && !token.isStructEnd()) {
                    found.putIfAbsent(context.pathAsPointer().toString(), found(parser));
                }
            }
        }
    }

    // ---- messages

    private static ManifestException error(
            Path file, Map<String, Location> locations, JsonProcessingException e, String problem) {
        // Records are built once all their properties are read, so the parser has moved on by the
        // time a mapping error is raised: the scanned place of the path is the precise one.
        if (locations != null && e instanceof JsonMappingException mapping) {
            Location scanned = locations.get(pointer(mapping.getPath()));
            if (scanned != null) {
                return new ManifestException(file, scanned, problem, e);
            }
        }
        JsonLocation at = e.getLocation();
        Location location = at == null ? Location.UNKNOWN : new Location(at.getLineNr(), at.getColumnNr());
        return new ManifestException(file, location, problem, e);
    }

    private static String pointer(List<JsonMappingException.Reference> references) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            pointer.append('/');
            if (reference.getFieldName() != null) {
                pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    /** {@code "components[0].review: "} from the exception's path. */
    private static String path(JsonMappingException e) {
        String path = pathOf(e.getPath());
        return path.isEmpty() ? "" : path + ": ";
    }

    private static String inside(JsonMappingException e) {
        List<JsonMappingException.Reference> references = e.getPath();
        String parent = pathOf(references.subList(0, Math.max(0, references.size() - 1)));
        return parent.isEmpty() ? " at the top level" : " in " + parent;
    }

    private static String pathOf(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String didYouMean(String word, List<String> candidates) {
        return ClosestMatch.among(word, candidates)
                .map(match -> " Did you mean '" + match + "'?")
                .orElse("");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping of keys to values";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == LocalDate.class) {
            return EXPECTED_DATE;
        }
        return "a " + type.getSimpleName();
    }

    private static String found(JsonParser parser) {
        if (parser.currentToken() == null) {
            return "something else";
        }
        return switch (parser.currentToken()) {
            case START_ARRAY -> "a list";
            case START_OBJECT, FIELD_NAME -> "a mapping";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + text(parser);
            case VALUE_TRUE, VALUE_FALSE -> "the boolean " + text(parser);
            case VALUE_NULL -> "nothing";
            case VALUE_STRING -> "the text '" + text(parser) + "'";
            default -> "something else";
        };
    }

    private static String text(JsonParser parser) {
        try {
            return parser.getText();
        } catch (IOException e) {
            return "?";
        }
    }

    /** The parser's explanation on one line, without its echo of the source and its pointer. */
    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable content";
        }
        List<String> kept = new ArrayList<>();
        boolean echo = false;
        for (String line : message.split("\\R")) {
            String stripped = line.strip();
            if (echo) {
                echo = false; // SnakeYAML quotes the source line after each place
                continue;
            }
            if (stripped.startsWith("in '") || stripped.startsWith("at [Source")) {
                echo = stripped.startsWith("in '");
                continue;
            }
            if (!stripped.isEmpty() && !stripped.equals("^")) {
                kept.add(stripped);
            }
        }
        return String.join(" ", kept).replaceAll("\\s+", " ");
    }

    static String names(ReviewDecision[] decisions) {
        return Arrays.stream(decisions).map(ReviewDecision::yamlName).collect(Collectors.joining(", "));
    }

    // ---- value readers that explain what they expected

    /** A value the manifest does not allow, with the explanation already written. */
    static final class InvalidValue extends JsonMappingException {
        private static final long serialVersionUID = 1L;
        final String problem;

        InvalidValue(JsonParser parser, String problem) {
            super(parser, problem, parser.currentTokenLocation());
            this.problem = problem;
        }
    }

    /** Reads a scalar by one of its allowed names, case-insensitively. */
    private static final class NamedValues<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final List<String> names;
        private final Map<String, T> byLowerCaseName = new HashMap<>();
        private final String what;

        /** {@code byName} maps each allowed name, as messages show it, to its value. */
        NamedValues(Class<T> type, Map<String, T> byName, String what) {
            super(type);
            this.names = List.copyOf(byName.keySet());
            byName.forEach((name, value) -> byLowerCaseName.put(name.toLowerCase(Locale.ROOT), value));
            this.what = what;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            // YAML reads a bare yes or no as a boolean
            if (token == JsonToken.VALUE_TRUE && byLowerCaseName.containsKey("yes")) {
                return byLowerCaseName.get("yes");
            }
            if (token == JsonToken.VALUE_FALSE && byLowerCaseName.containsKey("no")) {
                return byLowerCaseName.get("no");
            }
            if (!token.isScalarValue()) {
                throw new InvalidValue(
                        parser,
                        "expected " + what + " (" + String.join(", ", names) + "), found " + found(parser) + ".");
            }
            String text = parser.getText().strip();
            T value = byLowerCaseName.get(text.toLowerCase(Locale.ROOT));
            if (value == null) {
                throw new InvalidValue(
                        parser,
                        "'" + text + "' is not " + what + "; expected one of " + String.join(", ", names) + "."
                                + didYouMean(text, names));
            }
            return value;
        }
    }

    private static final class Dates extends StdDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        Dates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text =
                    parser.currentToken().isScalarValue() ? parser.getText().strip() : null;
            if (text == null) {
                throw new InvalidValue(parser, "expected " + EXPECTED_DATE + ", found " + found(parser) + ".");
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidValue(parser, "'" + text + "' is not a date; expected " + EXPECTED_DATE + ".");
            }
        }
    }

    private static final class Questions extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            for (Question question : Question.values()) {
                if (question.key().equals(key)) {
                    return question;
                }
            }
            List<String> keys =
                    Arrays.stream(Question.values()).map(Question::key).toList();
            throw new InvalidValue(
                    context.getParser(),
                    "unknown question '" + key + "'; expected one of " + String.join(", ", keys) + "."
                            + didYouMean(key, keys));
        }
    }

    private static <E extends Enum<E>> Map<String, E> byName(E[] values, java.util.function.Function<E, String> name) {
        Map<String, E> names = new LinkedHashMap<>();
        for (E value : values) {
            names.put(name.apply(value), value);
        }
        return names;
    }

    private static SimpleModule manifestValues() {
        SimpleModule module = new SimpleModule("rust-fit-manifest");
        module.addDeserializer(
                Lifecycle.class,
                new NamedValues<>(Lifecycle.class, byName(Lifecycle.values(), Lifecycle::yamlName), "a lifecycle"));
        module.addDeserializer(
                ReviewDecision.class,
                new NamedValues<>(
                        ReviewDecision.class,
                        byName(ReviewDecision.values(), ReviewDecision::yamlName),
                        "a review decision"));
        module.addDeserializer(
                Answer.class,
                new NamedValues<>(
                        Answer.class, byName(Answer.values(), a -> a.name().toLowerCase(Locale.ROOT)), "an answer"));
        module.addDeserializer(
                Verdict.class, new NamedValues<>(Verdict.class, byName(Verdict.values(), Verdict::name), "a verdict"));
        module.addDeserializer(LocalDate.class, new Dates());
        module.addKeyDeserializer(Question.class, new Questions());
        return module;
    }

    private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>>
            M configure(B builder) {
        return builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .addModule(manifestValues())
                .build();
    }

    private static final ObjectMapper YAML = configure(YAMLMapper.builder(new YAMLFactory()));
    private static final ObjectMapper JSON = configure(JsonMapper.builder(new JsonFactory()));
}
