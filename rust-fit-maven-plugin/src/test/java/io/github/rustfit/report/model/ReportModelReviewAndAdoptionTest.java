package io.github.rustfit.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.result.Adoption;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ReviewState;
import io.github.rustfit.report.SyntheticResults;
import io.github.rustfit.report.html.HtmlReport;
import io.github.rustfit.report.model.ReportModel.ModuleView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The report shows what the manifest and the adoption advice add to a result. */
class ReportModelReviewAndAdoptionTest {

    private static final Adoption ADOPTION = new Adoption(
            List.of(new Adoption.Hotspot(
                    "p.FrameDecoder",
                    "m/src/main/java/p/FrameDecoder.java",
                    42,
                    0.7,
                    List.of("protocol.byte-buffers"))),
            new Adoption.FirstStep(Adoption.Stage.LIBRARY, "Rewrite FrameDecoder as a Rust library.", "Because."));

    private static AnalysisResult withExtras() {
        AnalysisResult rich = SyntheticResults.rich();
        List<ModuleResult> modules = new ArrayList<>();
        for (ModuleResult m : rich.modules()) {
            modules.add(new ModuleResult(
                    m.identity(),
                    m.sources(),
                    m.graph(),
                    m.evidence(),
                    new ModuleResult.Judgement(
                            m.judgement().questions().stream()
                                    .map(q -> q.withDeclared(Answer.NO))
                                    .toList(),
                            m.verdict(),
                            m.judgement().rationale(),
                            m.judgement().whatWouldChange(),
                            m.judgement().basis()),
                    new ReviewState(
                            ReviewState.Status.STALE,
                            true,
                            "wire",
                            new ReviewState.Recorded(
                                    "rust-candidate",
                                    SyntheticResults.HTML_RATIONALE,
                                    List.of("alice", "bob"),
                                    "2026-10-01",
                                    "2027-04-01"),
                            "sha256:abc",
                            List.of("The code drifted 30% since the review.")),
                    ADOPTION));
        }
        return new AnalysisResult(
                rich.schemaVersion(), rich.tool(), rich.toolVersion(), rich.settings(), rich.summary(), modules);
    }

    @Test
    void shows_declared_answers_beside_inferred_ones() {
        ModuleView module =
                ReportModels.of(withExtras(), Optional.empty()).modules().get(0);

        assertThat(module.questions())
                .allSatisfy(q -> assertThat(q.declared().key()).isEqualTo("NO"));
        assertThat(module.yesAnswers()).isZero();
    }

    @Test
    void shows_the_review_record_and_counts_review_problems_in_the_overview() {
        ReportModel model = ReportModels.of(withExtras(), Optional.empty());
        ModuleView module = model.modules().get(0);

        assertThat(module.review().status()).isEqualTo("stale");
        assertThat(module.review().css()).isEqualTo("bad");
        assertThat(module.review().details())
                .extracting(ReportModel.Fact::label)
                .contains("Component", "Decision", "Rationale", "Reviewers", "Revisit by", "Problem");
        assertThat(model.overview().reviews().stale()).isEqualTo(model.modules().size());
    }

    @Test
    void shows_hotspots_and_the_first_step_on_the_page() throws Exception {
        Document page = Jsoup.parse(HtmlReport.render(ReportModels.of(withExtras(), Optional.empty())));

        assertThat(page.select("ol.hotspots li strong").first().text()).isEqualTo("p.FrameDecoder");
        assertThat(page.select("ol.hotspots li .sub").first().text())
                .isEqualTo("42 strong-fit occurrences (70% of the module's): protocol.byte-buffers");
        assertThat(page.select("p.first-step").first().text())
                .isEqualTo("First step: Library: Rewrite FrameDecoder as a Rust library. Because.");
        assertThat(page.select(".review.r-bad").first().text()).isEqualTo("stale");
    }

    @Test
    void a_review_rationale_holding_html_appears_as_text_and_runs_nothing() throws Exception {
        Document page = Jsoup.parse(HtmlReport.render(ReportModels.of(withExtras(), Optional.empty())));

        assertThat(page.select("dl.kv dd").eachText()).contains(SyntheticResults.HTML_RATIONALE);
        assertThat(page.select("img[onerror]")).isEmpty();
        assertThat(page.select("script")).hasSize(1);
    }
}
