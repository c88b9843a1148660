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
import io.github.rustfit.core.result.AnalysisResult;
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

    private static GateContext context() {
        return GateContext.of(
                Path.of("rust-fit.yaml"), Path.of("stubs"), ReviewPolicy.defaults(), TODAY, ManifestCommands.of("1"));
    }
}
