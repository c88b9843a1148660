package io.github.rustfit.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.SuppressionUse;
import io.github.rustfit.report.SyntheticResults;
import io.github.rustfit.report.markdown.MarkdownSummary;
import io.github.rustfit.report.model.ReportModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The report shows what suppressions set aside: on the module's card, in a section of its own, in the summary. */
class SuppressionsInReportTest {

    private static final SuppressionUse IN_GATEWAY = new SuppressionUse(
            "rust-fit.yaml:9:5",
            "concurrency.locks",
            List.of(),
            "modules: gateway",
            "Start-up lock only; <not> on the request path.",
            "amara",
            3,
            Map.of("concurrency.locks", 3));

    private static final SuppressionUse UNUSED = new SuppressionUse(
            "rust-fit.yaml:14:5",
            null,
            List.of("**/generated/**"),
            "every module",
            "Vendored parser tables, not our code.",
            "jonas",
            0,
            Map.of());

    /** The rich synthetic result with one suppression applied in gateway and one that matched nothing. */
    private static AnalysisResult withSuppressions() {
        AnalysisResult rich = SyntheticResults.rich();
        List<ModuleResult> modules = new ArrayList<>();
        for (ModuleResult m : rich.modules()) {
            modules.add(
                    m.artifactId().equals("gateway")
                            ? new ModuleResult(
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
                                    new ModuleResult.Graph(
                                            m.graph().dependsOn(), m.graph().dependents()),
                                    new ModuleResult.Findings(
                                            m.evidence().signals(), m.evidence().criteria(), List.of(IN_GATEWAY)),
                                    new ModuleResult.Judgement(
                                            m.judgement().questions(),
                                            m.verdict(),
                                            m.judgement().rationale(),
                                            m.judgement().whatWouldChange(),
                                            m.judgement().basis(),
                                            m.judgement().margin()),
                                    m.review(),
                                    m.adoption())
                            : m);
        }
        return new AnalysisResult(
                rich.schemaVersion(),
                rich.tool(),
                rich.toolVersion(),
                rich.settings(),
                rich.summary(),
                modules,
                List.of(IN_GATEWAY, UNUSED));
    }

    private static Document page(AnalysisResult result) {
        return Jsoup.parse(HtmlReport.render(ReportModels.of(result)));
    }

    @Test
    void the_module_card_shows_each_suppression_that_set_its_evidence_aside() {
        Element card = page(withSuppressions()).getElementById("module-services-gateway");

        assertThat(card.select(".suppressed li")).singleElement().satisfies(item -> {
            assertThat(item.attr("data-suppression")).isEqualTo("rust-fit.yaml:9:5");
            assertThat(item.select(".count").text()).isEqualTo("3×");
            assertThat(item.select("code").text()).isEqualTo("concurrency.locks");
            assertThat(item.select(".reason").text()).isEqualTo("Start-up lock only; <not> on the request path.");
            assertThat(item.select(".reviewer").text()).isEqualTo("amara");
            assertThat(item.select("a.loc").attr("href")).isEqualTo("#suppressions");
            assertThat(item.select("a.loc").text()).isEqualTo("rust-fit.yaml:9:5");
        });
        assertThat(page(withSuppressions()).getElementById("module-scheduler").select(".suppressed"))
                .isEmpty();
    }

    @Test
    void a_section_lists_every_suppression_with_its_manifest_place_and_marks_the_unused_one() {
        Document page = page(withSuppressions());

        List<Element> rows = page.select("#suppressions #suppression-table tbody tr");
        assertThat(rows)
                .extracting(row -> row.attr("data-suppression"))
                .containsExactly("rust-fit.yaml:9:5", "rust-fit.yaml:14:5");
        Element used = rows.get(0);
        assertThat(used.select("td.loc").text()).isEqualTo("rust-fit.yaml:9:5");
        assertThat(used.select("td").eachText())
                .containsExactly(
                        "rust-fit.yaml:9:5",
                        "concurrency.locks",
                        "modules: gateway",
                        "Start-up lock only; <not> on the request path.",
                        "amara",
                        "3",
                        "gateway 3");
        assertThat(used.select("a").attr("href")).isEqualTo("#module-services-gateway");
        Element unused = rows.get(1);
        assertThat(unused.hasClass("unused")).isTrue();
        assertThat(unused.select("td").get(1).text()).isEqualTo("every signal in **/generated/**");
        assertThat(unused.select(".warn").text()).isEqualTo("unused: set nothing aside");
        assertThat(page.select("nav.toc a[href=#suppressions]")).hasSize(1);
        assertThat(page.getElementById(
                        page.select("#suppressions a").attr("href").substring(1)))
                .isNotNull();
    }

    @Test
    void without_suppressions_there_is_no_section_and_no_card_mentions_them() {
        Document page = page(SyntheticResults.rich());

        assertThat(page.getElementById("suppressions")).isNull();
        assertThat(page.select("nav.toc a[href=#suppressions]")).isEmpty();
        assertThat(page.select(".suppressed")).isEmpty();
    }

    @Test
    void the_site_fragment_carries_the_section_too() {
        Document fragment = Jsoup.parse(HtmlReport.renderFragment(ReportModels.of(withSuppressions())));

        assertThat(fragment.select("#suppressions #suppression-table tbody tr")).hasSize(2);
    }

    @Test
    void the_summary_says_how_much_was_set_aside_and_names_the_unused_suppression() {
        String summary = MarkdownSummary.render(ReportModels.of(withSuppressions()));

        assertThat(summary)
                .contains("**Suppressions:** 2 suppressions set aside 3 occurrences (`concurrency.locks` 3 at"
                        + " `rust-fit.yaml:9:5`); unused (set nothing aside): `rust-fit.yaml:14:5`\n");
        assertThat(MarkdownSummary.render(ReportModels.of(SyntheticResults.rich())))
                .doesNotContain("Suppressions");
    }
}
