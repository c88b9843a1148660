package io.github.rustfit.core.review;

import static io.github.rustfit.core.result.Results.module;
import static io.github.rustfit.core.result.Results.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.manifest.ManifestCommands;
import io.github.rustfit.core.manifest.ManifestEditor;
import io.github.rustfit.core.manifest.ManifestReader;
import io.github.rustfit.core.manifest.Review;
import io.github.rustfit.core.manifest.ReviewDecision;
import io.github.rustfit.core.manifest.ReviewEvidence;
import io.github.rustfit.core.manifest.ReviewYaml;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ReviewState.Status;
import io.github.rustfit.core.result.SuppressionUse;
import io.github.rustfit.core.review.ReviewProblem.Kind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What suppressions set aside is part of the evidence a review saw: a suppression added or widened
 * after a review makes it stale, even when the counted evidence moved less than the tolerance.
 */
class SuppressedEvidenceReviewTest {

    private static final Path FILE = Path.of("rust-fit.yaml");
    private static final Path STUBS = Path.of("target/rust-fit/review-stubs.yaml");
    private static final LocalDate REVIEWED = LocalDate.of(2026, 10, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    /** 44 findings: 40 frames and 4 atomics, nothing set aside. */
    private static final ModuleResult AS_REVIEWED =
            module("wire", Verdict.STRONG_CANDIDATE, 1000, Map.of("frame", 40, "concurrency.atomics", 4));

    /** The same code, with a suppression added after the review that sets the 4 atomics aside. */
    private static final ModuleResult ATOMICS_SET_ASIDE = setAside(
            module("wire", Verdict.STRONG_CANDIDATE, 1000, Map.of("frame", 40)), Map.of("concurrency.atomics", 4));

    @Test
    void a_suppression_added_after_a_review_changes_the_digest_and_makes_the_review_stale() throws Exception {
        Review review = reviewOf(AS_REVIEWED);
        ReviewEvidence now = ReviewEvidence.of(List.of(ATOMICS_SET_ASIDE));

        // counted alone, the evidence moved 4 of 44 (9%): within the 10% tolerance, so it would pass unseen
        assertThat(now.driftSince(review)).isLessThanOrEqualTo(ReviewPolicy.DEFAULT_DRIFT_TOLERANCE);
        assertThat(now.digest()).isNotEqualTo(review.seen().evidence());
        assertThat(now.setAsideSince(review)).containsExactly(Map.entry("concurrency.atomics", 4));

        GateOutcome outcome = judge(ATOMICS_SET_ASIDE, review);

        assertThat(outcome.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.STALE_EVIDENCE);
            assertThat(problem.message())
                    .startsWith("wire: suppressions set aside evidence since its review of 2026-10-01 that the review"
                            + " saw counted: concurrency.atomics +4 (rust-fit.yaml:")
                    .contains("Fix: review it again with the suppressions in view");
        });
        assertThat(outcome.states().get("wire").status()).isEqualTo(Status.STALE);
        assertThat(outcome.states().get("wire").problems())
                .containsExactly("Suppressions set aside evidence since its review of 2026-10-01 that the review saw"
                        + " counted: concurrency.atomics +4.");
    }

    @Test
    void a_review_made_with_the_suppression_in_view_holds_and_widening_it_makes_the_review_stale_again()
            throws Exception {
        Review review = reviewOf(ATOMICS_SET_ASIDE);
        ModuleResult widened = setAside(
                module("wire", Verdict.STRONG_CANDIDATE, 1000, Map.of("frame", 39)),
                Map.of("concurrency.atomics", 4, "frame", 1));

        assertThat(review.seen().suppressed()).containsExactly(Map.entry("concurrency.atomics", 4));
        assertThat(judge(ATOMICS_SET_ASIDE, review).states().get("wire").status())
                .isEqualTo(Status.OK);
        GateOutcome outcome = judge(widened, review);
        assertThat(outcome.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("saw counted: frame +1 ("));
        assertThat(outcome.states().get("wire").status()).isEqualTo(Status.STALE);
    }

    @Test
    void without_suppressions_the_digest_is_the_one_earlier_versions_recorded() {
        ReviewEvidence plain = ReviewEvidence.of(List.of(AS_REVIEWED));

        assertThat(plain.suppressed()).isEmpty();
        assertThat(plain.digest())
                .isEqualTo(new ReviewEvidence(plain.linesOfCode(), plain.signals(), plain.verdict()).digest());
        assertThat(plain.seen().suppressed()).isNull();
    }

    @Test
    void the_recorded_review_keeps_what_was_set_aside_through_the_manifest_and_back() throws Exception {
        Review review = reviewOf(ATOMICS_SET_ASIDE);

        Manifest manifest = manifest(review);

        assertThat(manifest.components().get(0).review()).isEqualTo(review);
        assertThat(String.join("\n", ReviewYaml.block(review))).contains("  suppressed:\n    concurrency.atomics: 4");
    }

    @Test
    void rust_fit_review_records_what_was_set_aside_in_a_yaml_and_a_json_manifest() throws Exception {
        Review review = reviewOf(ATOMICS_SET_ASIDE);
        String yaml = """
                version: 1
                components:
                  - name: wire
                    modules: [wire]
                suppressions:
                  - signal: concurrency.atomics
                    reason: Metrics counters only.
                    reviewer: jonas
                """;
        String json = """
                {"version": 1,
                 "components": [{"name": "wire", "modules": ["wire"]}],
                 "suppressions": [{"signal": "concurrency.atomics", "reason": "Metrics counters only.",
                                   "reviewer": "jonas"}]}
                """;
        Path jsonFile = Path.of("rust-fit.json");

        String editedYaml = ManifestEditor.recordReview(
                FILE, Optional.of(ManifestReader.parse(FILE, yaml)), yaml, "wire", "wire", review);
        String editedJson = ManifestEditor.recordReview(
                jsonFile, Optional.of(ManifestReader.parse(jsonFile, json)), json, "wire", "wire", review);

        for (Manifest edited :
                List.of(ManifestReader.parse(FILE, editedYaml), ManifestReader.parse(jsonFile, editedJson))) {
            assertThat(edited.components().get(0).review()).isEqualTo(review);
            assertThat(edited.components().get(0).review().seen().suppressed())
                    .containsExactly(Map.entry("concurrency.atomics", 4));
            assertThat(edited.suppressions()).hasSize(1);
        }
        assertThat(editedYaml).endsWith("""
                suppressions:
                  - signal: concurrency.atomics
                    reason: Metrics counters only.
                    reviewer: jonas
                """);
    }

    // ---- helpers

    private static Review reviewOf(ModuleResult module) {
        return new Review(
                ReviewDecision.RUST_CANDIDATE,
                "Decodes untrusted frames on every request.",
                List.of("amara"),
                REVIEWED,
                REVIEWED.plusMonths(6),
                ReviewEvidence.of(List.of(module)).seen());
    }

    private static GateOutcome judge(ModuleResult module, Review review) throws Exception {
        return ReviewGate.judge(
                result(module),
                Optional.of(manifest(review)),
                GateContext.of(FILE, STUBS, ReviewPolicy.defaults(), TODAY, ManifestCommands.of("1.2.3")));
    }

    private static Manifest manifest(Review review) throws Exception {
        String yaml = "version: 1\ncomponents:\n  - name: wire\n    modules: [wire]\n"
                + ReviewYaml.indent(ReviewYaml.block(review), "    ", "\n");
        return ManifestReader.parse(FILE, yaml);
    }

    /** The module with a suppression that set these occurrences aside. */
    private static ModuleResult setAside(ModuleResult m, Map<String, Integer> signals) {
        SuppressionUse use = new SuppressionUse(
                "rust-fit.yaml:9:5",
                null,
                List.of("**/metrics/**"),
                "every module",
                "Metrics counters only.",
                "jonas",
                signals.values().stream().mapToInt(Integer::intValue).sum(),
                new TreeMap<>(signals));
        return new ModuleResult(
                new ModuleResult.Identity(
                        m.identity().groupId(),
                        m.artifactId(),
                        m.path(),
                        m.identity().packaging()),
                new ModuleResult.Sources(
                        m.sources().roots(),
                        m.sources().files(),
                        m.sources().parseProblems(),
                        m.sources().notes()),
                new ModuleResult.Graph(m.graph().dependsOn(), m.graph().dependents()),
                new ModuleResult.Findings(m.evidence().signals(), m.evidence().criteria(), List.of(use)),
                new ModuleResult.Judgement(
                        m.judgement().questions(),
                        m.verdict(),
                        m.judgement().rationale(),
                        m.judgement().whatWouldChange(),
                        m.judgement().basis(),
                        m.judgement().margin()),
                m.review(),
                m.adoption());
    }
}
