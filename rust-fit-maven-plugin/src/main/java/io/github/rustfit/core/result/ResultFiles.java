package io.github.rustfit.core.result;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.jr.ob.JSON;
import io.github.rustfit.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads and writes {@code rust-fit.json}. Output is canonical: properties in alphabetical order,
 * map entries by key, two-space indentation and a trailing newline, so equal results are equal
 * bytes and diffs between runs stay readable.
 */
public final class ResultFiles {

    /** The result's file name inside the output directory. */
    public static final String FILE_NAME = "rust-fit.json";

    /**
     * Made on first use, not when this class is: a run that the cache serves whole, and whose result
     * file still holds what it wrote, never builds it.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                // a newer minor version may add fields: an older reader ignores them
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private ResultFiles() {}

    /** The canonical JSON text of a result. */
    public static String toJson(AnalysisResult result) {
        try {
            return jsonText(Json.MAPPER, result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A result could not be turned into JSON", e);
        }
    }

    /**
     * {@code value} as {@code mapper} writes it, laid out as every JSON file of the plugin's is
     * (the result, the SARIF log): two-space indents, {@code \n} line ends and a final newline on
     * every system, so the same data gives the same bytes.
     */
    public static String jsonText(ObjectMapper mapper, Object value) throws JsonProcessingException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        return mapper.writer(printer).writeValueAsString(value) + "\n";
    }

    /**
     * Writes the result atomically: a reader never sees a half-written file.
     *
     * @return the bytes written
     */
    public static byte[] write(AnalysisResult result, Path file) throws ResultFileException {
        try {
            byte[] bytes = toJson(result).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(file, bytes);
            return bytes;
        } catch (IOException e) {
            throw new ResultFileException(file, "could not write the result: " + e.getMessage(), e);
        }
    }

    /** Whether {@code file} holds exactly {@code bytes}; false when it cannot be read. */
    public static boolean holds(Path file, byte[] bytes) {
        try {
            return Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads a result this plugin build wrote itself, such as the one an unchanged reactor keeps in the
     * analysis cache. jackson-jr reads the records without building databind's deserializers, which in
     * a fresh JVM cost more than the rest of such a run's reading; the summary is made again from the
     * modules, as the analysis made it, because jackson-jr leaves the keys of its map of verdicts as
     * text.
     */
    public static AnalysisResult fromJson(byte[] json) throws IOException {
        AnalysisResult read = JSON.std.beanFrom(AnalysisResult.class, json);
        return new AnalysisResult(
                read.schemaVersion(),
                read.tool(),
                read.toolVersion(),
                read.settings(),
                Summary.of(read.modules()),
                read.modules(),
                read.suppressions());
    }

    /**
     * Reads a result, refusing one written by a newer schema; a version 1 result is regrouped as version
     * 2. A file that is not such a result is refused naming the line and column, where known, and
     * what is wrong there in plain words.
     */
    public static AnalysisResult read(Path file) throws ResultFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ResultFileException(file, "no result file; run the analyze goal first", e);
        } catch (IOException e) {
            throw new ResultFileException(file, "could not be read: " + e.getMessage(), e);
        }
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw ResultProblems.of(file, e);
        } catch (IOException e) {
            throw new ResultFileException(file, "could not be read: " + e.getMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new ResultFileException(
                    file,
                    tree == null || tree.isMissingNode() ? "is empty" : "holds no JSON object, as a rust-fit result is",
                    null);
        }
        int version = tree.path("schemaVersion").asInt(-1);
        if (version < 1 || version > AnalysisResult.SCHEMA_VERSION) {
            throw new ResultFileException(
                    file,
                    0,
                    0,
                    "schemaVersion " + (version < 0 ? "is missing" : version + " is not supported")
                            + "; this plugin reads schemaVersion " + AnalysisResult.SCHEMA_VERSION,
                    "Re-run the analyze goal with this plugin version to rewrite it",
                    null);
        }
        try {
            return Json.MAPPER.treeToValue(
                    version == 1 ? SchemaUpgrade.fromVersion1(tree) : tree, AnalysisResult.class);
        } catch (JsonProcessingException e) {
            if (version == AnalysisResult.SCHEMA_VERSION) {
                // a tree keeps no lines and columns: the text, read again, says where the problem is
                try (JsonParser parser = Json.MAPPER.createParser(bytes)) {
                    try {
                        Json.MAPPER.readValue(parser, AnalysisResult.class);
                    } catch (JsonProcessingException placed) {
                        // still open, the parser says what kind of value it stopped at
                        throw ResultProblems.of(file, placed);
                    }
                } catch (IOException | RuntimeException other) {
                    // fall through to the tree's own report
                }
            }
            throw ResultProblems.of(file, e);
        }
    }
}
