package io.github.rustfit.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.Verdict;
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

        assertThat(names(schema().get("properties"))).containsExactlyInAnyOrder("version", "components");
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

    private static List<String> recordComponents(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
    }
}
