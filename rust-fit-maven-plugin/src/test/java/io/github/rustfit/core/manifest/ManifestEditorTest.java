package io.github.rustfit.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rustfit.core.criteria.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestEditorTest {

    private static final Path FILE = Path.of("rust-fit.yaml");

    private static final String HEAD = """
            # Our components. Keep this comment!
            version: 1
            components:
              # the hot path
              - name: wire
                owner: payments   # who to ask
                modules: [wire]
                review:
                  decision: stay-on-jvm
                  rationale: 'old reasons'
                  reviewers:
                    - carol
                  date: 2025-01-01
                  revisitBy: 2025-07-01
                  # a comment inside the old review

              - modules: ["admin"]
                name: admin    # no review yet
            """;
    private static final String TAIL = """

            # trailing notes stay too
            """;

    private static final Review REVIEW = new Review(
            ReviewDecision.RUST_CANDIDATE,
            "Parses untrusted frames; p99 \"matters\".",
            List.of("alice", "bob"),
            LocalDate.of(2026, 11, 24),
            LocalDate.of(2027, 5, 24),
            new Review.Seen(Verdict.STRONG_CANDIDATE, "sha256:abc", 1200L, Map.of("frame", 40), null));

    @Test
    void refreshes_a_review_and_leaves_every_other_byte_alone() throws Exception {
        String text = HEAD + TAIL;

        String edited = record(text, "wire");

        String before = text.substring(0, text.indexOf("    review:"));
        String after = text.substring(text.indexOf("    # a comment inside the old review"));
        assertThat(edited).startsWith(before).contains("\n    review:\n      decision: rust-candidate\n");
        assertThat(edited.substring(edited.indexOf("      signals:")))
                .contains("\n" + after.substring(after.indexOf("\n") + 1));
        assertThat(edited).endsWith("""
                    name: admin    # no review yet

                # trailing notes stay too
                """);
        assertThat(reviewOf(edited, "wire")).isEqualTo(REVIEW);
    }

    @Test
    void adds_a_review_to_a_component_without_one() throws Exception {
        String text = HEAD + TAIL;

        String edited = record(text, "admin");

        assertThat(edited).startsWith(HEAD);
        assertThat(edited).endsWith("      frame: 40\n" + TAIL);
        assertThat(reviewOf(edited, "admin")).isEqualTo(REVIEW);
    }

    @Test
    void appends_a_component_for_a_module_no_component_covers() throws Exception {
        String text = HEAD;

        String edited = record(text, "codec");

        assertThat(edited).startsWith(HEAD).contains("\n  - name: codec\n    modules: [codec]\n    review:\n");
        assertThat(reviewOf(edited, "codec")).isEqualTo(REVIEW);
    }

    /** A manifest as init writes it, for two modules, with {@code after} following its components. */
    private static String initManifest(String after) {
        return io.github.rustfit.core.manifest.StarterManifest.render(
                        FILE,
                        io.github.rustfit.core.result.Results.result(
                                io.github.rustfit.core.result.Results.module(
                                        "wire", Verdict.STRONG_CANDIDATE, 900, Map.of("frame", 40)),
                                io.github.rustfit.core.result.Results.module("last", Verdict.KEEP, 10, Map.of())),
                        ManifestCommands.of("1.2.3"))
                + after;
    }

    private static List<String> indented(String indent, List<String> lines) {
        return lines.stream().map(line -> indent + line).toList();
    }

    @Test
    void appends_a_new_component_after_the_comments_init_wrote_for_the_last_one() throws Exception {
        String text = initManifest("");
        assertThat(text)
                .endsWith("  - name: last\n    modules: [last]\n    # lifecycle: production   # prototype"
                        + " | experimental | production | deprecated\n    # owner: <team>\n    # answers:                #"
                        + " what the code suggests; confirm or correct each one\n");

        String edited = record(text, "codec");

        String added = String.join("\n", List.of("  - name: codec", "    modules: [codec]")) + "\n"
                + String.join("\n", indented("    ", ReviewYaml.block(REVIEW))) + "\n";
        assertThat(edited).isEqualTo(text + added);
        assertThat(reviewOf(edited, "codec")).isEqualTo(REVIEW);
        assertThat(reviewOf(edited, "last")).isNull();
    }

    @Test
    void appends_a_new_component_at_the_end_of_the_components_before_what_follows_them() throws Exception {
        String suppressions = """

                # suppressions of the whole project
                suppressions:
                  - files: ["**/generated/**"]
                    reason: Generated code.
                    reviewer: bob
                """;
        String text = initManifest(suppressions);

        String edited = record(text, "codec");

        String components = text.substring(0, text.length() - suppressions.length());
        assertThat(edited).startsWith(components + "  - name: codec\n    modules: [codec]\n    review:\n");
        assertThat(edited).endsWith("      frame: 40\n" + suppressions);
        assertThat(reviewOf(edited, "codec")).isEqualTo(REVIEW);
    }

    @Test
    void adds_a_review_to_a_component_after_its_own_trailing_comments() throws Exception {
        String text = initManifest("");

        String edited = record(text, "last");

        assertThat(edited).isEqualTo(text + String.join("\n", indented("    ", ReviewYaml.block(REVIEW))) + "\n");
        assertThat(reviewOf(edited, "last")).isEqualTo(REVIEW);
    }

    @Test
    void adds_a_review_below_a_comment_that_belongs_to_the_components_last_key() throws Exception {
        String text = """
                version: 1
                components:
                  - name: core
                    modules:
                      - core
                      # - core-legacy   (moved out in 2025)
                  # the next component
                  - name: admin
                    modules: [admin]
                """;

        String edited = record(text, "core");

        String reviewLines = String.join("\n", indented("    ", ReviewYaml.block(REVIEW))) + "\n";
        assertThat(edited)
                .isEqualTo(text.replace(
                        "      # - core-legacy   (moved out in 2025)\n",
                        "      # - core-legacy   (moved out in 2025)\n" + reviewLines));
        assertThat(reviewOf(edited, "core")).isEqualTo(REVIEW);
    }

    @Test
    void keeps_windows_line_endings_and_a_missing_final_newline() throws Exception {
        String text = (HEAD.strip()).replace("\n", "\r\n");

        String edited = record(text, "admin");

        assertThat(edited).startsWith(text).doesNotContain("\r\r").doesNotEndWith("\n");
        assertThat(edited.replace("\r\n", "")).doesNotContain("\n");
        assertThat(reviewOf(edited, "admin")).isEqualTo(REVIEW);
    }

    @Test
    void keeps_old_mac_line_endings_when_refreshing_adding_and_appending() throws Exception {
        String text = (HEAD + TAIL).replace("\n", "\r");

        for (String module : List.of("wire", "admin", "codec")) {
            String edited = record(text, module);

            assertThat(edited).doesNotContain("\n");
            assertThat(reviewOf(edited, module)).isEqualTo(REVIEW);
            assertThat(ManifestReader.parse(FILE, edited).components()).hasSize(module.equals("codec") ? 3 : 2);
        }
        assertThat(record(text, "admin")).startsWith(HEAD.replace("\n", "\r"));
    }

    @Test
    void keeps_the_line_ending_most_lines_of_the_file_use() throws Exception {
        String text = HEAD.replace("\n", "\r\n").replaceFirst("\r\n", "\n");

        String edited = record(text, "admin");

        assertThat(edited).startsWith(text);
        assertThat(edited.substring(text.length())).contains("\r\n").doesNotContain("\r\r");
        assertThat(edited.substring(text.length()).replace("\r\n", "")).doesNotContain("\n");
        assertThat(reviewOf(edited, "admin")).isEqualTo(REVIEW);
    }

    @Test
    void counts_unicode_line_breaks_in_comments_as_the_parser_does() throws Exception {
        String text = HEAD.replace("# the hot path", "# the hot\u2028  # path\u0085  # !\u2029  #") + TAIL;

        String edited = record(text, "admin");

        assertThat(edited).startsWith(text.substring(0, text.length() - TAIL.length()));
        assertThat(reviewOf(edited, "admin")).isEqualTo(REVIEW);
    }

    @ParameterizedTest(name = "review: {0}")
    @ValueSource(strings = {"", " ~", " null", "   # nothing yet"})
    void fills_in_a_review_that_is_present_but_empty(String value) throws Exception {
        String text = HEAD.replace("name: admin    # no review yet", "name: admin\n    review:" + value) + TAIL;

        String edited = record(text, "admin");

        assertThat(edited).startsWith(text.substring(0, text.indexOf("    review:" + value)));
        assertThat(edited).containsOnlyOnce("name: admin\n    review:\n      decision: rust-candidate\n");
        assertThat(edited).endsWith("      frame: 40\n" + TAIL);
        assertThat(reviewOf(edited, "admin")).isEqualTo(REVIEW);
    }

    @Test
    void fills_in_an_empty_review_that_is_the_first_key_of_its_component() throws Exception {
        String text = "version: 1\ncomponents:\n  - review: ~\n    name: wire\n    modules: [wire]\n";

        String edited = record(text, "wire");

        assertThat(edited).startsWith("version: 1\ncomponents:\n  - review:\n      decision: rust-candidate\n");
        assertThat(edited).endsWith("      frame: 40\n    name: wire\n    modules: [wire]\n");
        assertThat(reviewOf(edited, "wire")).isEqualTo(REVIEW);
    }

    /** Characters YAML reads as line breaks or does not allow raw, and other awkward text. */
    static List<String> awkwardTexts() {
        return List.of(
                "line\u2028separator",
                "paragraph\u2029separator",
                "next\u0085line",
                "c1 \u0080 \u009f controls",
                "delete \u007f",
                "noncharacters \ufffe \uffff",
                "nul \u0000 bell \u0007 escape \u001b",
                "tab\tand\nnewline\r\nand cr\r",
                "nbsp\u00a0bom\ufeff",
                "emoji \ud83d\ude00 and \u00e9",
                "# not a comment",
                "- not an item",
                "key: value",
                "'single' and \"double\" quotes and \\ backslash",
                "%YAML 1.2",
                "@at `backtick` &anchor *alias !tag ? question | pipe > fold",
                " leading and trailing spaces ",
                "yes",
                "~",
                "---",
                "...",
                "x".repeat(300));
    }

    @ParameterizedTest
    @MethodSource("awkwardTexts")
    void writes_any_rationale_and_reviewer_so_that_it_reads_back_exactly(String awkward) throws Exception {
        Review review = new Review(
                REVIEW.decision(), awkward, List.of(awkward, "bob"), REVIEW.date(), REVIEW.revisitBy(), REVIEW.seen());
        String text = HEAD + TAIL;
        String json = JSON_TEXT;

        for (String module : List.of("wire", "admin", "codec")) {
            String yaml = ManifestEditor.recordReview(
                    FILE, Optional.of(ManifestReader.parse(FILE, text)), text, module, module, review);
            String edited = ManifestEditor.recordReview(
                    JSON, Optional.of(ManifestReader.parse(JSON, json)), json, module, module, review);

            assertThat(reviewOf(yaml, module)).isEqualTo(review);
            assertThat(jsonReviewOf(edited, module)).isEqualTo(review);
            assertThat(yaml).startsWith(text.substring(0, text.indexOf("    review:")));
        }
        String fresh = ManifestEditor.recordReview(FILE, Optional.empty(), "", "wire", "wire", review);
        assertThat(reviewOf(fresh, "wire")).isEqualTo(review);
    }

    @Test
    void names_an_added_component_apart_from_one_that_already_has_the_artifact_id_as_name() throws Exception {
        String text =
                HEAD.replace("- modules: [\"admin\"]\n    name: admin", "- modules: [\"admin\"]\n    name: codec");
        String json = JSON_TEXT.replace("{\"name\": \"admin\",", "{\"name\": \"codec\",");

        Manifest yaml = ManifestReader.parse(FILE, record(text, "codec"));
        Manifest fromJson = ManifestReader.parse(JSON, recordJson(json, "codec"));

        for (Manifest manifest : List.of(yaml, fromJson)) {
            assertThat(manifest.components()).extracting(Component::name).containsExactly("wire", "codec", "codec-2");
            assertThat(manifest.componentFor("codec", "codec").orElseThrow().review())
                    .isEqualTo(REVIEW);
        }
    }

    @Test
    void starts_a_manifest_when_there_is_none() throws Exception {
        String edited = ManifestEditor.recordReview(FILE, Optional.empty(), "", "wire", "wire", REVIEW);

        assertThat(edited).startsWith("version: 1\ncomponents:\n  - name: wire\n");
        assertThat(reviewOf(edited, "wire")).isEqualTo(REVIEW);
    }

    @Test
    void refuses_a_component_written_in_flow_style() throws Exception {
        String text = "version: 1\ncomponents:\n  - {name: wire, modules: [wire]}\n";

        assertThatThrownBy(() -> record(text, "wire"))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("flow style");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lone \ud800 high", "lone \udfff low", "reversed \udc00\ud800", "at the end \ud800"})
    void refuses_a_value_no_file_can_hold_naming_the_parameter_not_the_file(String unwritable) {
        Review badRationale = new Review(
                REVIEW.decision(),
                unwritable,
                REVIEW.reviewers(),
                REVIEW.date(),
                REVIEW.revisitBy(),
                Review.Seen.NOTHING);
        Review badReviewer = new Review(
                REVIEW.decision(),
                "fine",
                List.of("alice", unwritable),
                REVIEW.date(),
                REVIEW.revisitBy(),
                Review.Seen.NOTHING);

        assertThatThrownBy(() -> record(HEAD, "wire", badRationale))
                .isInstanceOf(ReviewValueException.class)
                .hasMessageStartingWith("rustfit.rationale holds U+D")
                .hasMessageNotContaining("rust-fit.yaml");
        assertThatThrownBy(() -> record(HEAD, "wire", badReviewer))
                .isInstanceOf(ReviewValueException.class)
                .hasMessageStartingWith("rustfit.reviewers holds U+D");
    }

    private static final Path JSON = Path.of("rust-fit.json");

    private static final String JSON_TEXT = """
            {
              "version": 1,
              "components": [
                {
                  "name": "wire",
                  "modules": ["wire"],
                  "review": {"decision": "revisit", "date": "2025-01-01", "revisitBy": "2025-07-01"}
                },
                {"name": "admin",   "modules": ["admin"]}
              ]
            }
            """;

    @Test
    void refreshes_a_review_in_a_json_manifest_keeping_the_rest() throws Exception {
        String edited = recordJson(JSON_TEXT, "wire");

        String before = JSON_TEXT.substring(0, JSON_TEXT.indexOf("{\"decision\""));
        String after = JSON_TEXT.substring(JSON_TEXT.indexOf("\n    },"));
        assertThat(edited).startsWith(before).endsWith(after);
        assertThat(edited).contains("\"review\": {\n        \"decision\": \"rust-candidate\",\n");
        assertThat(jsonReviewOf(edited, "wire")).isEqualTo(REVIEW);
    }

    @Test
    void adds_a_review_and_a_component_to_a_json_manifest() throws Exception {
        String withReview = recordJson(JSON_TEXT, "admin");
        String withComponent = recordJson(JSON_TEXT, "codec");

        assertThat(withReview).startsWith(JSON_TEXT.substring(0, JSON_TEXT.indexOf("]}") + 1));
        assertThat(jsonReviewOf(withReview, "admin")).isEqualTo(REVIEW);
        assertThat(withComponent)
                .startsWith(JSON_TEXT.substring(0, JSON_TEXT.indexOf("]}") + 2))
                .endsWith("\n  ]\n}\n");
        assertThat(jsonReviewOf(withComponent, "codec")).isEqualTo(REVIEW);
        assertThat(jsonReviewOf(withComponent, "wire").decision()).isEqualTo(ReviewDecision.REVISIT);
    }

    @Test
    void keeps_a_byte_order_mark_and_places_the_review_as_without_one_in_yaml_and_json() throws Exception {
        String yaml = "\uFEFF" + HEAD + TAIL;
        String json = "\uFEFF" + JSON_TEXT;

        String editedYaml = record(yaml, "wire");
        String editedJson = recordJson(json, "admin");

        assertThat(editedYaml).isEqualTo("\uFEFF" + record(HEAD + TAIL, "wire"));
        assertThat(editedJson).isEqualTo("\uFEFF" + recordJson(JSON_TEXT, "admin"));
        assertThat(reviewOf(editedYaml, "wire")).isEqualTo(REVIEW);
        assertThat(jsonReviewOf(editedJson, "admin")).isEqualTo(REVIEW);
    }

    @Test
    void starts_a_json_manifest_when_there_is_none() throws Exception {
        String edited = ManifestEditor.recordReview(JSON, Optional.empty(), "", "wire", "wire", REVIEW);

        assertThat(jsonReviewOf(edited, "wire")).isEqualTo(REVIEW);
    }

    private static String recordJson(String text, String module) throws Exception {
        Manifest manifest = ManifestReader.parse(JSON, text);
        return ManifestEditor.recordReview(JSON, Optional.of(manifest), text, module, module, REVIEW);
    }

    private static Review jsonReviewOf(String text, String module) throws ManifestException {
        return ManifestReader.parse(JSON, text)
                .componentFor(module, module)
                .orElseThrow()
                .review();
    }

    private static String record(String text, String module) throws Exception {
        return record(text, module, REVIEW);
    }

    private static String record(String text, String module, Review review) throws Exception {
        Manifest manifest = ManifestReader.parse(FILE, text);
        return ManifestEditor.recordReview(FILE, Optional.of(manifest), text, module, module, review);
    }

    private static Review reviewOf(String text, String module) throws ManifestException {
        return ManifestReader.parse(FILE, text)
                .componentFor(module, module)
                .orElseThrow()
                .review();
    }
}
