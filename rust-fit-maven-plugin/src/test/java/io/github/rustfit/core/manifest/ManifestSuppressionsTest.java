package io.github.rustfit.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The manifest's suppressions: read with their places, and refused precisely when wrong. */
class ManifestSuppressionsTest {

    private static final Path YAML = Path.of("rust-fit.yaml");

    static final String MANIFEST = """
            version: 1
            components:
              - name: wire-protocol
                modules: [wire-protocol, services/codec]
            suppressions:
              - signal: concurrency.atomics
                modules: [hot-cache]
                reason: Counters only; no shared mutable state on the hot path.
                reviewer: amara
              - files: ["**/generated/**", "src/main/java/com/acme/legacy/Table*.java"]
                reason: Vendored parser tables, not our code.
                reviewer: jonas
              - signal: protocol.byte-buffers
                files: ["**/test-fixtures/**"]
                components: [wire-protocol]
                reason: Fixtures that build frames for tests.
                reviewer: amara
            """;

    @Test
    void reads_each_suppression_with_its_place() throws Exception {
        Manifest manifest = ManifestReader.parse(YAML, MANIFEST);

        assertThat(manifest.suppressions())
                .containsExactly(
                        new Suppression(
                                "concurrency.atomics",
                                java.util.List.of(),
                                java.util.List.of("hot-cache"),
                                java.util.List.of(),
                                "Counters only; no shared mutable state on the hot path.",
                                "amara"),
                        new Suppression(
                                null,
                                java.util.List.of("**/generated/**", "src/main/java/com/acme/legacy/Table*.java"),
                                java.util.List.of(),
                                java.util.List.of(),
                                "Vendored parser tables, not our code.",
                                "jonas"),
                        new Suppression(
                                "protocol.byte-buffers",
                                java.util.List.of("**/test-fixtures/**"),
                                java.util.List.of(),
                                java.util.List.of("wire-protocol"),
                                "Fixtures that build frames for tests.",
                                "amara"));
        assertThat(manifest.suppressions().get(1).everywhere()).isTrue();
        assertThat(manifest.locationOfSuppression(0)).isEqualTo(new Location(6, 5));
        assertThat(manifest.locationOfSuppression(1, "files", "1")).isEqualTo(new Location(10, 32));
        assertThat(manifest.locationOfSuppression(0, "modules", "0")).isEqualTo(new Location(7, 15));
    }

    @Test
    void reads_suppressions_from_json_too() throws Exception {
        String json = """
                {"version": 1, "suppressions": [
                  {"signal": "concurrency.locks", "reason": "One lock at start-up only.", "reviewer": "jonas"}
                ]}
                """;

        Manifest manifest = ManifestReader.parse(Path.of("rust-fit.json"), json);

        assertThat(manifest.suppressions()).singleElement().satisfies(s -> {
            assertThat(s.signal()).isEqualTo("concurrency.locks");
            assertThat(s.everywhere()).isTrue();
        });
        assertThat(manifest.locationOfSuppression(0)).isEqualTo(new Location(2, 3));
    }

    @Test
    void an_unknown_key_names_its_place_and_the_closest_key() {
        ManifestException e = fails(MANIFEST.replace("reviewer: jonas", "reviewr: jonas"));

        assertThat(e.location()).isEqualTo(new Location(12, 5));
        assertThat(e.getMessage())
                .startsWith("rust-fit.yaml:12:5: unknown key 'reviewr' in suppressions[1]; expected one of components,"
                        + " files, modules, reason, reviewer, signal.")
                .endsWith("Did you mean 'reviewer'?");
    }

    @Test
    void an_unknown_signal_names_the_closest_id_and_its_family() {
        ManifestException e = fails(MANIFEST.replace("signal: concurrency.atomics", "signal: concurrency.atomic"));

        assertThat(e.location()).isEqualTo(new Location(6, 5));
        assertThat(e.getMessage())
                .startsWith("rust-fit.yaml:6:5: suppressions[0].signal: unknown signal 'concurrency.atomic';"
                        + " expected one of ")
                .contains("concurrency.atomics, ")
                .contains("concurrency.locks")
                .doesNotContain("protocol.")
                .endsWith("Did you mean 'concurrency.atomics'?");
    }

    @Test
    void a_signal_of_no_family_lists_the_families() {
        ManifestException e = fails(MANIFEST.replace("signal: concurrency.atomics", "signal: atomics"));

        assertThat(e.getMessage())
                .contains("unknown signal 'atomics'; expected a signal id (family.name) of the families ")
                .contains("concurrency")
                .contains("protocol");
    }

    @Test
    void a_glob_that_cannot_match_a_source_is_refused_at_its_element() {
        ManifestException e = fails(MANIFEST.replace("\"**/generated/**\"", "\"/generated/**\""));

        assertThat(e.location()).isEqualTo(new Location(10, 13));
        assertThat(e.getMessage())
                .startsWith("rust-fit.yaml:10:13: suppressions[1].files[0]: '/generated/**' is an absolute path")
                .contains("Fix: write the path from the execution root");
    }

    @Test
    void a_glob_with_bad_syntax_is_refused_with_the_character() {
        ManifestException e = fails(MANIFEST.replace("\"**/test-fixtures/**\"", "\"**/test-[fixtures/**\""));

        assertThat(e.location()).isEqualTo(new Location(14, 13));
        assertThat(e.getMessage())
                .startsWith("rust-fit.yaml:14:13: suppressions[2].files[0]: '**/test-[fixtures/**' is not a valid"
                        + " glob: ")
                .contains("at character");
    }

    @Test
    void a_placeholder_reason_is_refused_as_the_gate_refuses_a_placeholder_rationale() {
        for (String placeholder : new String[] {"TODO", "TBD", "\"...\"", "n/a"}) {
            ManifestException e =
                    fails(MANIFEST.replace("reason: Vendored parser tables, not our code.", "reason: " + placeholder));

            assertThat(e.location()).as(placeholder).isEqualTo(new Location(11, 5));
            assertThat(e.getMessage())
                    .as(placeholder)
                    .startsWith("rust-fit.yaml:11:5: suppressions[1].reason: '")
                    .contains("is empty or a placeholder; expected why the evidence is wrong")
                    .endsWith("Fix: write the reason.");
        }
    }

    @Test
    void a_suppression_without_reason_or_reviewer_is_refused_at_its_entry() {
        ManifestException noReason = fails(MANIFEST.replace("    reason: Vendored parser tables, not our code.\n", ""));
        ManifestException noReviewer = fails(MANIFEST.replace("    reviewer: jonas\n", ""));

        assertThat(noReason.getMessage())
                .isEqualTo("rust-fit.yaml:10:5: suppressions[1]: missing 'reason'; expected why the evidence is"
                        + " wrong, in the team's words. Fix: add 'reason: ...'.");
        assertThat(noReviewer.getMessage())
                .isEqualTo("rust-fit.yaml:10:5: suppressions[1]: missing 'reviewer'; expected who judged the"
                        + " evidence wrong. Fix: add 'reviewer: <name>'.");
    }

    @Test
    void a_suppression_whose_reviewer_is_a_placeholder_is_refused_at_its_reviewer() {
        for (String reviewer : java.util.List.of("TODO", "\"<name>\"", "\"-\"", "none")) {
            ManifestException e = fails(MANIFEST.replace("reviewer: jonas", "reviewer: " + reviewer));

            assertThat(e.getMessage())
                    .as(reviewer)
                    .startsWith("rust-fit.yaml:12:5: suppressions[1].reviewer: '")
                    .endsWith("' is a placeholder; expected who judged the evidence wrong, by name. Fix: write"
                            + " the reviewer's name.");
        }
    }

    @Test
    void a_suppression_of_everything_is_refused() {
        ManifestException e = fails(MANIFEST.replace("  - signal: concurrency.atomics\n    modules", "  - modules"));

        assertThat(e.location()).isEqualTo(new Location(6, 5));
        assertThat(e.getMessage()).contains("suppressions[0]: neither 'signal' nor 'files'");
    }

    @Test
    void wrong_types_and_empty_lists_say_what_was_expected() {
        ManifestException notAList = fails(MANIFEST.replace("modules: [hot-cache]", "modules: hot-cache"));
        ManifestException empty = fails(MANIFEST.replace("modules: [hot-cache]", "modules: []"));
        ManifestException number = fails(MANIFEST.replace("reviewer: amara\n  - files", "reviewer: 12\n  - files"));

        assertThat(notAList.getMessage())
                .startsWith(
                        "rust-fit.yaml:7:5: suppressions[0].modules: expected a list, found the text" + " 'hot-cache'")
                .endsWith("Fix: write it as a list: [hot-cache].");
        assertThat(empty.getMessage())
                .startsWith("rust-fit.yaml:7:5: suppressions[0].modules: an empty list; expected at least one"
                        + " artifactId or module path.");
        assertThat(number.getMessage()).startsWith("rust-fit.yaml:9:5: suppressions[0].reviewer: expected text");
    }

    @Test
    void an_unknown_component_names_the_closest_component() {
        ManifestException e = fails(MANIFEST.replace("components: [wire-protocol]", "components: [wire-protocl]"));

        assertThat(e.location()).isEqualTo(new Location(15, 18));
        assertThat(e.getMessage())
                .startsWith("rust-fit.yaml:15:18: suppressions[2].components[0]: no component is named"
                        + " 'wire-protocl'; expected one of wire-protocol.")
                .endsWith("Did you mean 'wire-protocol'?");
    }

    @Test
    void a_review_records_what_suppressions_set_aside() throws Exception {
        String yaml = MANIFEST.replace("    modules: [wire-protocol, services/codec]\n", """
                    modules: [wire-protocol, services/codec]
                    review:
                      decision: stay-on-jvm
                      rationale: Plain request handling.
                      reviewers: [amara]
                      date: 2026-10-01
                      revisitBy: 2027-04-01
                      suppressed:
                        concurrency.atomics: 3
                """);

        Manifest manifest = ManifestReader.parse(YAML, yaml);

        assertThat(manifest.components().get(0).review().seen().suppressed()).containsEntry("concurrency.atomics", 3);
    }

    private static ManifestException fails(String yaml) {
        ManifestException e = catchThrowableOfType(ManifestException.class, () -> ManifestReader.parse(YAML, yaml));
        assertThat(e).as("a ManifestException for:%n%s", yaml).isNotNull();
        return e;
    }
}
