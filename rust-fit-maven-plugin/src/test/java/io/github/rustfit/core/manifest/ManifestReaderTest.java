package io.github.rustfit.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ManifestReaderTest {

    private static final Path YAML = Path.of("rust-fit.yaml");

    static final String VALID = """
            version: 1
            components:
              - name: wire-protocol
                modules: [wire-protocol, services/codec]
                lifecycle: production
                owner: payments-platform
                answers:
                  memorySafetyIncident: yes
                  tailLatencyCritical: unknown
                  sharedInfrastructure: no
                review:
                  decision: rust-candidate
                  rationale: Parses untrusted frames on every request; p99 matters.
                  reviewers: [alice, bob]
                  date: 2026-10-01
                  revisitBy: 2027-04-01
                  verdict: STRONG_CANDIDATE
                  evidence: sha256:abc
                  linesOfCode: 1200
                  signals:
                    byte-buffer: 12
              - name: admin
                modules: [admin]
            """;

    @Test
    void reads_components_answers_and_reviews() throws Exception {
        Manifest manifest = ManifestReader.parse(YAML, VALID);

        assertThat(manifest.version()).isEqualTo(1);
        assertThat(manifest.components()).extracting(Component::name).containsExactly("wire-protocol", "admin");
        Component wire = manifest.components().get(0);
        assertThat(wire.lifecycle()).isEqualTo(Lifecycle.PRODUCTION);
        assertThat(wire.answers())
                .containsEntry(Question.MEMORY_SAFETY_INCIDENT, Answer.YES)
                .containsEntry(Question.TAIL_LATENCY_CRITICAL, Answer.UNKNOWN)
                .containsEntry(Question.SHARED_INFRASTRUCTURE, Answer.NO);
        Review review = wire.review();
        assertThat(review.decision()).isEqualTo(ReviewDecision.RUST_CANDIDATE);
        assertThat(review.reviewers()).containsExactly("alice", "bob");
        assertThat(review.date()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(review.revisitBy()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(review.verdict()).isEqualTo(Verdict.STRONG_CANDIDATE);
        assertThat(review.signals()).containsEntry("byte-buffer", 12);
        assertThat(manifest.components().get(1).review()).isNull();
        assertThat(manifest.locationOf(wire, "review")).isEqualTo(new Location(11, 5));
        assertThat(manifest.componentFor("other", "services/codec")).contains(wire);
        assertThat(manifest.declaredAnswers()).containsOnlyKeys("wire-protocol", "services/codec");
    }

    @Test
    void reads_the_same_content_as_json() throws Exception {
        String json = """
                {"version": 1, "components": [
                  {"name": "wire-protocol", "modules": ["wire-protocol"],
                   "answers": {"memorySafetyIncident": "yes"}}
                ]}
                """;
        Manifest manifest = ManifestReader.parse(Path.of("rust-fit.json"), json);

        assertThat(manifest.components().get(0).answers()).containsEntry(Question.MEMORY_SAFETY_INCIDENT, Answer.YES);
    }

    @Test
    void reads_rust_fit_json_when_the_default_yaml_is_absent(@org.junit.jupiter.api.io.TempDir Path root)
            throws Exception {
        Path yaml = root.resolve("rust-fit.yaml");
        assertThat(ManifestReader.locate(yaml)).isEqualTo(yaml);

        java.nio.file.Files.writeString(root.resolve("rust-fit.json"), "{\"version\": 1}");
        assertThat(ManifestReader.locate(yaml)).isEqualTo(root.resolve("rust-fit.json"));
        assertThat(ManifestReader.locate(root.resolve("other.yaml"))).isEqualTo(root.resolve("other.yaml"));

        java.nio.file.Files.writeString(yaml, "version: 1\n");
        assertThat(ManifestReader.locate(yaml)).isEqualTo(yaml);
    }

    @Test
    void names_line_column_and_close_match_for_an_unknown_key() {
        String yaml = VALID.replace("reviewers: [alice, bob]", "reviewr: [alice, bob]");

        ManifestException e = fails(yaml);

        assertThat(e.location()).isEqualTo(new Location(14, 7));
        assertThat(e.getMessage())
                .startsWith("rust-fit.yaml:14:7: unknown key 'reviewr' in components[0].review; expected one of")
                .contains("reviewers")
                .endsWith("Did you mean 'reviewers'?");
    }

    @Test
    void reports_a_syntax_error_with_its_place() {
        ManifestException e = fails("version: 1\ncomponents:\n  - name: \"unclosed\n");

        assertThat(e.location().line()).isGreaterThan(0);
        assertThat(e.getMessage()).startsWith("rust-fit.yaml:").contains("not valid YAML");
    }

    @Test
    void reports_a_wrong_type_saying_what_was_expected() {
        ManifestException e = fails(VALID.replace("modules: [admin]", "modules:\n      key: admin"));

        assertThat(e.getMessage()).contains("components[1].modules: expected a list, found a mapping");
        assertThat(e.location().line()).isEqualTo(23);
    }

    @Test
    void reports_a_bad_date() {
        ManifestException e = fails(VALID.replace("date: 2026-10-01", "date: 2026-13-01"));

        assertThat(e.getMessage())
                .startsWith("rust-fit.yaml:15:")
                .contains("components[0].review.date: '2026-13-01' is not a date; expected a date written yyyy-MM-dd");
    }

    @Test
    void reports_an_unknown_decision_with_a_close_match() {
        ManifestException e = fails(VALID.replace("decision: rust-candidate", "decision: rust-candidat"));

        assertThat(e.getMessage())
                .startsWith("rust-fit.yaml:12:")
                .contains("'rust-candidat' is not a review decision; expected one of rust-candidate, stay-on-jvm,"
                        + " revisit.")
                .endsWith("Did you mean 'rust-candidate'?");
    }

    @Test
    void reports_an_unknown_lifecycle() {
        ManifestException e = fails(VALID.replace("lifecycle: production", "lifecycle: prod"));

        assertThat(e.getMessage())
                .startsWith("rust-fit.yaml:5:")
                .contains("components[0].lifecycle: 'prod' is not a lifecycle; expected one of prototype,"
                        + " experimental, production, deprecated.")
                .endsWith("Did you mean 'production'?");
    }

    @Test
    void reports_errors_in_a_json_manifest_at_their_place() {
        String json = """
                {"version": 1,
                 "components": [{"name": "wire", "modules": ["wire"], "ownr": "payments"}]}
                """;

        ManifestException e = catchThrowableOfType(
                ManifestException.class, () -> ManifestReader.parse(Path.of("rust-fit.json"), json));

        assertThat(e.getMessage())
                .startsWith("rust-fit.json:2:55: unknown key 'ownr' in components[0]")
                .endsWith("Did you mean 'owner'?");
    }

    @Test
    void reports_a_wrong_type_inside_a_review() {
        ManifestException e = fails(VALID.replace("reviewers: [alice, bob]", "reviewers: {alice: bob}"));

        assertThat(e.getMessage())
                .startsWith("rust-fit.yaml:14:")
                .contains("components[0].review.reviewers: expected a list, found a mapping.");
    }

    @Test
    void reports_an_unknown_question_with_a_close_match() {
        ManifestException e = fails(VALID.replace("tailLatencyCritical: unknown", "tailLatency: unknown"));

        assertThat(e.getMessage()).contains("unknown question 'tailLatency'").endsWith("'tailLatencyCritical'?");
    }

    @Test
    void reports_a_duplicate_component() {
        ManifestException e = fails(VALID.replace("name: admin", "name: wire-protocol"));

        assertThat(e.location()).isEqualTo(new Location(22, 5));
        assertThat(e.getMessage())
                .contains("duplicate component 'wire-protocol' (first at line 3); expected each component once");
    }

    @Test
    void reports_a_module_listed_twice() {
        ManifestException e = fails(VALID.replace("modules: [admin]", "modules: [admin, wire-protocol]"));

        assertThat(e.location()).isEqualTo(new Location(23, 22));
        assertThat(e.getMessage())
                .contains("components[1].modules[1]: module 'wire-protocol' is listed twice (also in component"
                        + " 'wire-protocol'); expected each module in one component only.");
    }

    @Test
    void reports_a_missing_review_date_at_the_review() {
        ManifestException e = fails(VALID.replace("      date: 2026-10-01\n", ""));

        assertThat(e.location().line()).isEqualTo(11);
        assertThat(e.getMessage()).contains("components[0].review: missing 'date'");
    }

    @Test
    void reports_an_empty_manifest_and_one_that_is_not_a_mapping() {
        assertThat(fails("# only a comment\n").getMessage())
                .isEqualTo("rust-fit.yaml:1:1: the manifest is empty; expected 'version: 1' and a 'components:' list.");
        assertThat(fails("- wire\n").getMessage())
                .isEqualTo("rust-fit.yaml:1:1: expected a mapping of keys to values, found a list.");
    }

    @Test
    void refuses_an_unsupported_version() {
        ManifestException e = fails(VALID.replace("version: 1", "version: 2"));

        assertThat(e.getMessage()).startsWith("rust-fit.yaml:1:").contains("version 2 is not supported; expected 1.");
    }

    private static ManifestException fails(String yaml) {
        return catchThrowableOfType(ManifestException.class, () -> ManifestReader.parse(YAML, yaml));
    }
}
