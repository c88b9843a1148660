package io.github.rustfit.core.review;

import static io.github.rustfit.core.result.Results.module;
import static io.github.rustfit.core.result.Results.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.manifest.Component;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.manifest.ManifestCommands;
import io.github.rustfit.core.manifest.ManifestReader;
import io.github.rustfit.core.manifest.Review;
import io.github.rustfit.core.manifest.ReviewDecision;
import io.github.rustfit.core.manifest.ReviewEvidence;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ReviewState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewStubsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void writes_a_paste_ready_review_the_gate_rejects_until_completed() throws Exception {
        AnalysisResult result = result(
                module("wire", Verdict.STRONG_CANDIDATE, 1000, Map.of("frame", 40)),
                module("admin", Verdict.KEEP, 10, Map.of()));
        GateOutcome outcome = ReviewGate.judge(result, Optional.empty(), context());

        String stubs = ReviewStubs.render(result, outcome, Optional.empty(), TODAY);

        Manifest parsed = ManifestReader.parse(Path.of("review-stubs.yaml"), stubs);
        assertThat(parsed.components()).extracting(Component::name).containsExactly("wire");
        Review stub = parsed.components().get(0).review();
        assertThat(stub.decision()).isEqualTo(ReviewDecision.RUST_CANDIDATE);
        assertThat(stub.seen().evidence())
                .isEqualTo(outcome.states().get("wire").evidence());
        assertThat(stub.revisitBy()).isEqualTo(LocalDate.of(2027, 5, 24));
        assertThat(stub.seen().signals()).containsEntry("frame", 40);
        assertThat(stubs).contains("# wire: verdict STRONG_CANDIDATE, 1000 lines of code, signals: frame x40");

        GateOutcome pasted = ReviewGate.judge(result, Optional.of(parsed), context());
        assertThat(pasted.problems())
                .extracting(ReviewProblem::kind)
                .contains(ReviewProblem.Kind.PLACEHOLDER_RATIONALE, ReviewProblem.Kind.NO_REVIEWER)
                .doesNotContain(ReviewProblem.Kind.STALE_EVIDENCE, ReviewProblem.Kind.MISSING_REVIEW);
    }

    @Test
    void writes_names_holding_line_breaks_as_data_never_as_live_yaml() throws Exception {
        String injected = "wire\n  - name: injected\n    modules: [admin]\u2028#";
        AnalysisResult result = result(module(injected, Verdict.STRONG_CANDIDATE, 1000, Map.of("frame", 40)));
        GateOutcome outcome = ReviewGate.judge(result, Optional.empty(), context());

        String stubs = ReviewStubs.render(result, outcome, Optional.empty(), TODAY);

        Manifest parsed = ManifestReader.parse(Path.of("review-stubs.yaml"), stubs);
        assertThat(parsed.components()).extracting(Component::name).containsExactly(injected);
        assertThat(parsed.components().get(0).modules()).containsExactly(injected);
    }

    @Test
    void says_so_when_no_module_needs_a_review() throws Exception {
        AnalysisResult result = result(module("admin", Verdict.KEEP, 10, Map.of()));
        GateOutcome outcome = ReviewGate.judge(result, Optional.empty(), context());

        String stubs = ReviewStubs.render(result, outcome, Optional.empty(), TODAY);

        assertThat(stubs).contains("# No module needs a review now.");
        assertThat(ManifestReader.parse(Path.of("review-stubs.yaml"), stubs).components())
                .isEmpty();
    }

    @Test
    void holds_a_component_for_a_module_no_component_covers_even_when_it_needs_no_review() throws Exception {
        AnalysisResult result = result(
                module("wire", Verdict.KEEP, 1000, Map.of("frame", 4)),
                module("admin", Verdict.CONSIDER, 10, Map.of()));
        String yaml = "version: 1\ncomponents:\n  - name: wire\n    modules: [wire]\n";
        Optional<Manifest> manifest = Optional.of(ManifestReader.parse(Path.of("rust-fit.yaml"), yaml));
        GateOutcome outcome = ReviewGate.judge(result, manifest, context());
        assertThat(outcome.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.fix())
                        .isEqualTo("add it to a component's modules, or add a component for it (see stubs)."));

        String stubs = ReviewStubs.render(result, outcome, manifest, TODAY);

        assertThat(stubs)
                .contains("  # UNCOVERED: no component covers it yet; add this entry. Its verdict CONSIDER calls for"
                        + " no review.\n  # admin: verdict CONSIDER, 10 lines of code, no signals\n");
        Component stub = ManifestReader.parse(Path.of("review-stubs.yaml"), stubs)
                .components()
                .get(0);
        assertThat(stub.name()).isEqualTo("admin");
        assertThat(stub.modules()).containsExactly("admin");
        assertThat(stub.review()).isNull();
        // pasted under the manifest's components as it stands, the entry covers the module
        String pasted = yaml + stubs.substring(stubs.indexOf("components:\n") + "components:\n".length());
        assertThat(ReviewGate.judge(
                                result, Optional.of(ManifestReader.parse(Path.of("rust-fit.yaml"), pasted)), context())
                        .problems())
                .isEmpty();
    }

    @Test
    void a_stub_for_a_stale_review_keeps_the_teams_decision_and_rationale_and_asks_who_reviewed_again()
            throws Exception {
        AnalysisResult reviewed = result(module("wire", Verdict.STRONG_CANDIDATE, 1000, Map.of("frame", 40)));
        AnalysisResult grown = result(module("wire", Verdict.STRONG_CANDIDATE, 1000, Map.of("frame", 60)));
        ReviewEvidence seen = ReviewEvidence.of(reviewed.modules());
        String yaml = """
                version: 1
                components:
                  - name: wire
                    modules: [wire]
                    review:
                      decision: stay-on-jvm
                      rationale: Frames are parsed by a vetted library; the rest is glue.
                      reviewers: [alice, bob]
                      date: 2026-10-01
                      revisitBy: 2027-04-01
                      verdict: STRONG_CANDIDATE
                      evidence: "%s"
                      linesOfCode: 1000
                      signals: {frame: 40}
                """.formatted(seen.digest());
        Optional<Manifest> manifest = Optional.of(ManifestReader.parse(Path.of("rust-fit.yaml"), yaml));
        GateOutcome outcome = ReviewGate.judge(grown, manifest, context());
        assertThat(outcome.states().get("wire").status()).isEqualTo(ReviewState.Status.STALE);

        String stubs = ReviewStubs.render(grown, outcome, manifest, TODAY);

        Review stub = ManifestReader.parse(Path.of("review-stubs.yaml"), stubs)
                .components()
                .get(0)
                .review();
        assertThat(stub.decision()).isEqualTo(ReviewDecision.STAY_ON_JVM);
        assertThat(stub.rationale()).isEqualTo("Frames are parsed by a vetted library; the rest is glue.");
        assertThat(stub.reviewers()).isEmpty();
        assertThat(stub.date()).isEqualTo(TODAY);
        assertThat(stub.seen().evidence())
                .isEqualTo(outcome.states().get("wire").evidence());
        assertThat(stub.seen().signals()).containsEntry("frame", 60);
        assertThat(stubs)
                .contains("    # decision and rationale: kept from the review of 2026-10-01 by alice, bob (the verdict"
                        + " suggests rust-candidate); confirm or change them.\n"
                        + "    # reviewers: left empty; whoever reviews it again names themselves.\n");
        // pasted in place of the stale review, it holds once someone names themselves
        String pasted = yaml.substring(0, yaml.indexOf("    review:")) + stubs.substring(stubs.indexOf("    review:"));
        assertThat(ReviewGate.judge(
                                grown, Optional.of(ManifestReader.parse(Path.of("rust-fit.yaml"), pasted)), context())
                        .problems())
                .extracting(ReviewProblem::kind)
                .containsExactly(ReviewProblem.Kind.NO_REVIEWER);
    }

    private static GateContext context() {
        return GateContext.of(
                Path.of("rust-fit.yaml"), Path.of("stubs"), ReviewPolicy.defaults(), TODAY, ManifestCommands.of("1"));
    }
}
