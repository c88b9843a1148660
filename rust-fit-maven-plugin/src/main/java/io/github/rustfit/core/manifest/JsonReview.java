package io.github.rustfit.core.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The JSON side of {@link ManifestEditor}: finds character spans with the parser and splices text. */
final class JsonReview {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReview() {}

    /** Where one component sits in the text, by character offsets. */
    private static final class Spans {
        int firstKey = -1;
        int lastValueEnd = -1;
        int reviewStart = -1;
        int reviewEnd = -1;
        int end = -1;
    }

    static String splice(Path file, Manifest manifest, String text, String artifactId, String path, Review review)
            throws ManifestException {
        String eol = ManifestEditor.lineEnding(text);
        Optional<Component> covering = manifest.componentFor(artifactId, path);
        if (manifest.components().isEmpty()) {
            throw new ManifestException(
                    file,
                    Location.UNKNOWN,
                    "the manifest has no component to add to; add this one to \"components\" by hand:" + eol
                            + component(artifactId, artifactId, review, "  ", "", eol),
                    null);
        }
        int index = covering.map(c -> manifest.components().indexOf(c))
                .orElse(manifest.components().size() - 1);
        Spans spans = scan(file, text, index);
        String keyIndent = indentOfLine(text, spans.firstKey);
        if (covering.isPresent() && spans.reviewStart >= 0) {
            return text.substring(0, spans.reviewStart)
                    + object(review, keyIndent + "  ", keyIndent, eol)
                    + text.substring(spans.reviewEnd);
        }
        if (covering.isPresent()) {
            return text.substring(0, spans.lastValueEnd) + "," + eol + keyIndent + "\"review\": "
                    + object(review, keyIndent + "  ", keyIndent, eol) + text.substring(spans.lastValueEnd);
        }
        String itemIndent = indentOfLine(text, spans.end);
        int after = spans.end + 1;
        return text.substring(0, after) + "," + eol + itemIndent
                + component(
                        ManifestEditor.newName(manifest, artifactId, path),
                        artifactId,
                        review,
                        keyIndent,
                        itemIndent,
                        eol)
                + text.substring(after);
    }

    /** A whole component object, its keys at {@code keyIndent} and its closing brace at {@code indent}. */
    static String component(
            String name, String artifactId, Review review, String keyIndent, String indent, String eol) {
        return "{" + eol + keyIndent + "\"name\": " + ReviewYaml.jsonQuoted(name) + "," + eol + keyIndent
                + "\"modules\": [" + ReviewYaml.jsonQuoted(artifactId) + "]," + eol + keyIndent + "\"review\": "
                + object(review, keyIndent + "  ", keyIndent, eol) + eol + indent + "}";
    }

    /** The review as a JSON object, its keys at {@code keyIndent} and its closing brace at {@code indent}. */
    static String object(Review review, String keyIndent, String indent, String eol) {
        List<String> members = new ArrayList<>();
        members.add("\"decision\": " + ReviewYaml.jsonQuoted(review.decision().yamlName()));
        members.add("\"rationale\": " + ReviewYaml.jsonQuoted(review.rationale() == null ? "" : review.rationale()));
        members.add("\"reviewers\": "
                + review.reviewers().stream().map(ReviewYaml::jsonQuoted).collect(Collectors.joining(", ", "[", "]")));
        members.add("\"date\": " + ReviewYaml.jsonQuoted(review.date().toString()));
        members.add("\"revisitBy\": " + ReviewYaml.jsonQuoted(review.revisitBy().toString()));
        if (review.seen().verdict() != null) {
            members.add("\"verdict\": "
                    + ReviewYaml.jsonQuoted(review.seen().verdict().name()));
        }
        if (review.seen().evidence() != null) {
            members.add("\"evidence\": " + ReviewYaml.jsonQuoted(review.seen().evidence()));
        }
        if (review.seen().linesOfCode() != null) {
            members.add("\"linesOfCode\": " + review.seen().linesOfCode());
        }
        if (review.seen().signals() != null) {
            members.add("\"signals\": "
                    + review.seen().signals().entrySet().stream()
                            .map(e -> ReviewYaml.jsonQuoted(e.getKey()) + ": " + e.getValue())
                            .collect(Collectors.joining(", ", "{", "}")));
        }
        if (review.seen().suppressed() != null && !review.seen().suppressed().isEmpty()) {
            members.add("\"suppressed\": "
                    + review.seen().suppressed().entrySet().stream()
                            .map(e -> ReviewYaml.jsonQuoted(e.getKey()) + ": " + e.getValue())
                            .collect(Collectors.joining(", ", "{", "}")));
        }
        return "{" + eol + keyIndent + String.join("," + eol + keyIndent, members) + eol + indent + "}";
    }

    private static Spans scan(Path file, String text, int index) throws ManifestException {
        Spans spans = new Spans();
        String pointer = "/components/" + index;
        try (JsonParser parser = FACTORY.createParser(text)) {
            int depth = 0;
            int componentDepth = -1;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_OBJECT
                        && componentDepth < 0
                        && parser.getParsingContext()
                                .getParent()
                                .pathAsPointer()
                                .toString()
                                .equals(pointer)) {
                    componentDepth = depth + 1;
                }
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                }
                if (componentDepth < 0) {
                    continue;
                }
                if (token == JsonToken.FIELD_NAME && depth == componentDepth) {
                    if (spans.firstKey < 0) {
                        spans.firstKey = offset(parser);
                    }
                    if (parser.currentName().equals("review")) {
                        parser.nextToken();
                        spans.reviewStart = offset(parser);
                        parser.skipChildren();
                        spans.reviewEnd = (int) parser.currentLocation().getCharOffset();
                        spans.lastValueEnd = spans.reviewEnd;
                    }
                } else if (depth == componentDepth && token != JsonToken.FIELD_NAME) {
                    spans.lastValueEnd = (int) parser.currentLocation().getCharOffset();
                } else if (depth == componentDepth - 1 && token == JsonToken.END_OBJECT) {
                    spans.end = offset(parser);
                    return spans;
                }
            }
        } catch (IOException e) {
            throw new ManifestException(file, Location.UNKNOWN, "could not be read: " + e.getMessage(), e);
        }
        throw new ManifestException(file, Location.UNKNOWN, "component " + index + " was not found", null);
    }

    private static int offset(JsonParser parser) {
        return (int) parser.currentTokenLocation().getCharOffset();
    }

    private static String indentOfLine(String text, int offset) {
        int start = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }
}
