package io.github.rustfit.core.file;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rustfit.core.extraction.FileFacts;
import io.github.rustfit.core.result.ParseProblem;
import io.github.rustfit.core.signals.Finding;
import io.github.rustfit.core.signals.Findings;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one encoding of a {@link FileReport}: what the cache stores and what the parsing JVM
 * answers in. Decoding is strict, because a stored report is input like any other: a field that is
 * missing, null, of the wrong type, out of range, or inconsistent with the rest (findings of a
 * file that did not parse, a signal this build does not know) makes the whole report {@link
 * Invalid}, never a partial or surprising one.
 *
 * <pre>{"loc":12,"package":"p","findings":[["signal.id",3,"snippet"]],"problem":{"line":2,"column":9,"message":"..."},"malformedLine":4,"facts":{...}}</pre>
 *
 * <p>{@code problem} and {@code malformedLine} are absent when there is none, {@code facts} (what the
 * file declares and refers to, for the extraction plans; see {@link FileFactsCodec}) when the file
 * contributed none. The file's path is not
 * part of the encoding: whoever stores or sends a report keys it by path.
 */
public final class FileReportCodec {

    /** Why a stored or received report was refused. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    /** No file this plugin measures has more lines than this; a larger count is not one it wrote. */
    static final int MAX_LINE = 50_000_000;

    /** Longer than any message the parser or the reader gives, shortened or not. */
    static final int MAX_MESSAGE = 4_096;

    private static final Pattern PACKAGE =
            Pattern.compile("|[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

    private static final Set<String> FIELDS = Set.of("loc", "package", "findings", "problem", "malformedLine", "facts");

    /**
     * Made on first use, not when a codec is: a run the cache serves whole reads no file report, so
     * it never pays for the mapper on the way to its result.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder().build();
    }

    private final Set<String> signalIds;

    /** @param signalIds every signal id a report may name; any other makes the report invalid */
    public FileReportCodec(Set<String> signalIds) {
        this.signalIds = Set.copyOf(signalIds);
    }

    /** The report as a JSON tree, ready to be embedded in a larger document. */
    public ObjectNode toTree(FileReport report) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("loc", report.linesOfCode());
        node.put("package", report.packageName());
        ArrayNode findings = node.putArray("findings");
        for (Finding finding : report.findings()) {
            findings.addArray().add(finding.signalId()).add(finding.line()).add(finding.snippet());
        }
        report.problem()
                .ifPresent(problem -> node.putObject("problem")
                        .put("line", problem.line())
                        .put("column", problem.column())
                        .put("message", problem.message()));
        report.malformedLine().ifPresent(line -> node.put("malformedLine", line));
        if (!report.facts().isEmpty()) {
            node.set("facts", FileFactsCodec.toTree(report.facts()));
        }
        return node;
    }

    /** The report as UTF-8 JSON bytes. */
    public byte[] encode(FileReport report) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256);
        try (JsonGenerator json = Json.MAPPER.createGenerator(bytes)) {
            write(report, json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("writing strings and numbers to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes the report as {@link #toTree} would build it, straight to {@code json}: no tree is made,
     * which matters in the parsing JVM and when a module's reports are written to the cache.
     */
    public void write(FileReport report, JsonGenerator json) throws java.io.IOException {
        json.writeStartObject();
        json.writeNumberField("loc", report.linesOfCode());
        json.writeStringField("package", report.packageName());
        json.writeArrayFieldStart("findings");
        for (Finding finding : report.findings()) {
            json.writeStartArray();
            json.writeString(finding.signalId());
            json.writeNumber(finding.line());
            json.writeString(finding.snippet());
            json.writeEndArray();
        }
        json.writeEndArray();
        if (report.problem().isPresent()) {
            ParseProblem problem = report.problem().get();
            json.writeObjectFieldStart("problem");
            json.writeNumberField("line", problem.line());
            json.writeNumberField("column", problem.column());
            json.writeStringField("message", problem.message());
            json.writeEndObject();
        }
        if (report.malformedLine().isPresent()) {
            json.writeNumberField("malformedLine", report.malformedLine().get());
        }
        if (!report.facts().isEmpty()) {
            json.writeFieldName("facts");
            FileFactsCodec.write(report.facts(), json);
        }
        json.writeEndObject();
    }

    /** Decodes bytes written by {@link #encode}, for the file at {@code relativePath}. */
    public FileReport decode(byte[] bytes, String relativePath) throws Invalid {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new Invalid("not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return fromTree(tree, relativePath);
    }

    /** Decodes a tree made by {@link #toTree}, for the file at {@code relativePath}. */
    public FileReport fromTree(JsonNode tree, String relativePath) throws Invalid {
        if (tree == null || !tree.isObject()) {
            throw new Invalid("a report must be an object");
        }
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new Invalid("unknown field '" + name + "'");
            }
        }
        int linesOfCode = intIn(tree.get("loc"), "loc", 0, MAX_LINE);
        JsonNode packageNode = tree.get("package");
        if (packageNode == null
                || !packageNode.isTextual()
                || !PACKAGE.matcher(packageNode.asText()).matches()) {
            throw new Invalid("'package' must be a package name or empty");
        }
        JsonNode findingsNode = tree.get("findings");
        if (findingsNode == null || !findingsNode.isArray()) {
            throw new Invalid("'findings' must be an array");
        }
        List<Finding> findings = new ArrayList<>(findingsNode.size());
        for (JsonNode finding : findingsNode) {
            findings.add(finding(finding));
        }
        Optional<ParseProblem> problem = Optional.empty();
        JsonNode problemNode = tree.get("problem");
        if (problemNode != null) {
            problem = Optional.of(problem(problemNode, relativePath));
            if (!findings.isEmpty() || !packageNode.asText().isEmpty()) {
                throw new Invalid("a file that did not parse has no findings and no package");
            }
        }
        Optional<Integer> malformedLine = tree.has("malformedLine")
                ? Optional.of(intIn(tree.get("malformedLine"), "malformedLine", 1, MAX_LINE))
                : Optional.empty();
        FileFacts facts = FileFacts.NONE;
        if (tree.has("facts")) {
            if (problem.isPresent()) {
                throw new Invalid("a file that did not parse has no facts");
            }
            facts = FileFactsCodec.fromTree(tree.get("facts"));
        }
        return new FileReport(relativePath, linesOfCode, packageNode.asText(), findings, problem, malformedLine, facts);
    }

    private Finding finding(JsonNode node) throws Invalid {
        if (!node.isArray() || node.size() != 3) {
            throw new Invalid("a finding must be [signal, line, snippet]");
        }
        JsonNode signal = node.get(0);
        if (!signal.isTextual() || !signalIds.contains(signal.asText())) {
            throw new Invalid("a finding names a signal this plugin build does not have: " + signal);
        }
        int line = intIn(node.get(1), "a finding's line", 1, MAX_LINE);
        JsonNode snippet = node.get(2);
        if (!snippet.isTextual() || snippet.asText().length() > Findings.MAX_SNIPPET) {
            throw new Invalid("a finding's snippet must be text of at most " + Findings.MAX_SNIPPET + " characters");
        }
        return new Finding(signal.asText(), line, snippet.asText());
    }

    private static ParseProblem problem(JsonNode node, String relativePath) throws Invalid {
        if (!node.isObject() || node.size() != 3) {
            throw new Invalid("'problem' must hold line, column and message");
        }
        int line = intIn(node.get("line"), "a problem's line", 0, MAX_LINE);
        int column = intIn(node.get("column"), "a problem's column", 0, MAX_LINE);
        JsonNode message = node.get("message");
        if (message == null || !message.isTextual() || message.asText().length() > MAX_MESSAGE) {
            throw new Invalid("a problem's message must be text of at most " + MAX_MESSAGE + " characters");
        }
        return new ParseProblem(relativePath, line, column, message.asText());
    }

    static int intIn(JsonNode node, String what, int min, int max) throws Invalid {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new Invalid("'" + what + "' must be a whole number");
        }
        int value = node.intValue();
        if (value < min || value > max) {
            throw new Invalid("'" + what + "' is " + value + ", outside " + min + ".." + max);
        }
        return value;
    }
}
