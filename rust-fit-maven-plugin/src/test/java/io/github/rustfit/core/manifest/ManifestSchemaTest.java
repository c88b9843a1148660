package io.github.rustfit.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.signals.registry.SignalRegistry;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schema must describe exactly what the reader accepts. */
class ManifestSchemaTest {

    private static JsonNode schema() throws Exception {
        try (InputStream in =
                ManifestReader.class.getResourceAsStream("/io/github/rustfit/rust-fit-manifest.schema.json")) {
            assertThat(in).as("schema on the class path").isNotNull();
            return JsonMapper.builder().build().readTree(in);
        }
    }

    @Test
    void schema_names_every_key_the_reader_knows() throws Exception {
        JsonNode defs = schema().get("$defs");

        assertThat(names(schema().get("properties")))
                .containsExactlyInAnyOrder("version", "components", "suppressions");
        assertThat(names(defs.get("suppression").get("properties")))
                .containsExactlyInAnyOrderElementsOf(recordComponents(Suppression.class));
        assertThat(names(defs.get("component").get("properties")))
                .containsExactlyInAnyOrderElementsOf(recordComponents(Component.class));
        assertThat(names(defs.get("review").get("properties")))
                .containsExactlyInAnyOrderElementsOf(recordComponents(Review.class));
        assertThat(names(defs.get("component").get("properties").get("answers").get("properties")))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Question.values()).map(Question::key).toList());
    }

    @Test
    void schema_lists_every_allowed_value() throws Exception {
        JsonNode defs = schema().get("$defs");

        assertThat(values(defs.get("review").get("properties").get("decision").get("enum")))
                .containsExactlyElementsOf(Arrays.stream(ReviewDecision.values())
                        .map(ReviewDecision::yamlName)
                        .toList());
        assertThat(values(
                        defs.get("component").get("properties").get("lifecycle").get("enum")))
                .containsExactlyElementsOf(Arrays.stream(Lifecycle.values())
                        .map(Lifecycle::yamlName)
                        .toList());
        assertThat(values(defs.get("review").get("properties").get("verdict").get("enum")))
                .containsExactlyElementsOf(
                        Arrays.stream(Verdict.values()).map(Enum::name).toList());
    }

    @Test
    void schema_bounds_whole_numbers_and_text_as_the_reader_does() throws Exception {
        JsonNode review = schema().get("$defs").get("review").get("properties");
        JsonNode component = schema().get("$defs").get("component").get("properties");

        assertThat(schema().get("properties").get("version").get("const").isInt())
                .isTrue();
        assertThat(review.get("linesOfCode").get("type").asText()).isEqualTo("integer");
        assertThat(review.get("linesOfCode").get("minimum").asLong()).isZero();
        JsonNode count = review.get("signals").get("additionalProperties");
        assertThat(count.get("type").asText()).isEqualTo("integer");
        assertThat(count.get("minimum").asLong()).isZero();
        assertThat(count.get("maximum").asLong()).isEqualTo(Integer.MAX_VALUE);
        for (JsonNode text : List.of(
                component.get("name"),
                component.get("owner"),
                component.get("modules").get("items"),
                review.get("rationale"),
                review.get("evidence"),
                review.get("reviewers").get("items"))) {
            assertThat(text.get("type").asText()).isEqualTo("string");
        }
    }

    @Test
    void an_example_with_suppressions_validates_and_a_wrong_one_does_not() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schema());
        JsonNode example = YAML.readTree(ManifestSuppressionsTest.MANIFEST);
        JsonNode broken = YAML.readTree("""
                version: 1
                suppressions:
                  - modules: [hot-cache]
                    reason: ""
                    reviewr: amara
                """);

        // the reader accepts the example too
        ManifestReader.parse(java.nio.file.Path.of("rust-fit.yaml"), ManifestSuppressionsTest.MANIFEST);
        assertThat(schema.validate(example)).isEmpty();
        List<Error> errors = schema.validate(broken);
        assertThat(errors)
                .extracting(Error::getMessage)
                .anySatisfy(message -> assertThat(message).contains("reviewr"))
                .anySatisfy(message -> assertThat(message).contains("reviewer"))
                .anySatisfy(message -> assertThat(message).contains("signal"));
    }

    @Test
    void every_signal_id_fits_the_schemas_pattern_for_a_suppressed_signal() throws Exception {
        String pattern = schema().get("$defs")
                .get("suppression")
                .get("properties")
                .get("signal")
                .get("pattern")
                .asText();
        List<String> ids = new ArrayList<>();
        SignalRegistry.fileSignals().forEach(signal -> ids.add(signal.id()));
        SignalRegistry.moduleSignals().forEach(signal -> ids.add(signal.id()));

        assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(id).matches(pattern));
    }

    private static final YAMLMapper YAML = new YAMLMapper();

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /**
     * The keys a record reads from the manifest: its components' names, with a component that is a
     * record of its own (such as what a review saw) standing for that record's keys, as the manifest
     * writes them side by side.
     */
    static List<String> recordComponents(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .flatMap(c -> c.getType().isRecord() && c.getType().getEnclosingClass() == type
                        ? recordComponents(c.getType().asSubclass(Record.class)).stream()
                        : java.util.stream.Stream.of(c.getName()))
                .toList();
    }
}
