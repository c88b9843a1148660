package io.github.rustfit.core.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.rustfit.core.manifest.ManifestNode.Entry;
import io.github.rustfit.core.manifest.ManifestNode.Mapping;
import io.github.rustfit.core.manifest.ManifestNode.Scalar;
import io.github.rustfit.core.manifest.ManifestNode.Scalar.Kind;
import io.github.rustfit.core.manifest.ManifestNode.Sequence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads JSON text into a {@link ManifestNode} tree from Jackson's tokens, which carry their places. */
final class JsonTree {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Path file;
    private final JsonParser parser;

    private JsonTree(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** The root value, or empty when the text holds none. */
    static Optional<ManifestNode> read(Path file, String text) throws ManifestException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonTree tree = new JsonTree(file, parser);
            try {
                if (parser.nextToken() == null) {
                    return Optional.empty();
                }
                ManifestNode root = tree.value(1);
                if (parser.nextToken() != null) {
                    throw new ManifestException(file, tree.here(), ManifestReader.SECOND_JSON_VALUE, null);
                }
                return Optional.of(root);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new ManifestException(
                        file,
                        new Location(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())),
                        String.format(Locale.ROOT, ManifestReader.SYNTAX, "JSON", ManifestReader.firstLine(e)),
                        e);
            }
        } catch (IOException e) {
            throw new ManifestException(file, new Location(1, 1), "could not be read: " + e.getMessage(), e);
        }
    }

    private ManifestNode value(int depth) throws IOException, ManifestException {
        JsonToken token = parser.currentToken();
        Location at = here();
        if (token.isStructStart() && depth > YamlTree.MAX_DEPTH) {
            throw new ManifestException(
                    file, at, String.format(Locale.ROOT, ManifestReader.TOO_DEEP, YamlTree.MAX_DEPTH), null);
        }
        return switch (token) {
            case START_ARRAY -> {
                List<ManifestNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(depth + 1));
                }
                yield new Sequence(at, items);
            }
            case START_OBJECT -> {
                List<Entry> entries = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyAt = here();
                    parser.nextToken();
                    ManifestNode value = value(depth + 1);
                    entries.add(new Entry(key, keyAt, value));
                }
                yield new Mapping(at, entries);
            }
            case VALUE_STRING -> new Scalar(at, Kind.TEXT, parser.getText());
            case VALUE_NUMBER_INT -> new Scalar(at, Kind.INTEGER, parser.getText());
            case VALUE_NUMBER_FLOAT -> new Scalar(at, Kind.FLOAT, parser.getText());
            case VALUE_TRUE, VALUE_FALSE -> new Scalar(at, Kind.BOOLEAN, parser.getText());
            case VALUE_NULL -> new Scalar(at, Kind.NULL, "null");
            default ->
                throw new ManifestException(
                        file,
                        at,
                        String.format(Locale.ROOT, ManifestReader.SYNTAX, "JSON", "unexpected " + token),
                        null);
        };
    }

    private Location here() {
        JsonLocation at = parser.currentTokenLocation();
        return new Location(at.getLineNr(), at.getColumnNr());
    }
}
