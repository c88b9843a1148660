package io.github.rustfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ExtractionPlan;
import io.github.rustfit.core.result.ExtractionPlan.Boundary;
import io.github.rustfit.core.result.ExtractionPlan.Caller;
import io.github.rustfit.core.result.ExtractionPlan.Crossing;
import io.github.rustfit.core.result.ExtractionPlan.CutClass;
import io.github.rustfit.core.result.ExtractionPlan.Dependency;
import io.github.rustfit.core.result.ExtractionPlan.EntryPoint;
import io.github.rustfit.core.result.ExtractionPlan.Facility;
import io.github.rustfit.core.result.ExtractionPlan.Kind;
import io.github.rustfit.core.result.ExtractionPlan.Needs;
import io.github.rustfit.core.result.ExtractionPlan.UsedType;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.report.html.HtmlReport;
import io.github.rustfit.report.markdown.MarkdownSummary;
import io.github.rustfit.report.model.ReportModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The report and the summary show each extraction plan: its boundary, diagram, entry points and needs. */
class ExtractionReportTest {

    private static EntryPoint entry(String method, int sites, String caller) {
        return new EntryPoint(
                "wire.FrameCodec",
                "static byte[] " + method + "(byte[])",
                "wire/src/main/java/wire/FrameCodec.java:" + (10 + sites),
                sites,
                0,
                List.of(caller + " ×" + sites),
                "",
                "bulk",
                List.of(
                        new Crossing("byte[]", "parameter", true, "byte array"),
                        new Crossing("byte[]", "return", true, "byte array")));
    }

    private static ExtractionPlan plan() {
        List<EntryPoint> entries = new ArrayList<>();
        entries.add(entry("decode", 5, "gateway"));
        entries.add(entry("encode", 3, ExtractionPlan.THIS_MODULE));
        entries.add(new EntryPoint(
                "wire.FrameCodec",
                "void onFrame(Listener<" + SyntheticResults.SCRIPT_SNIPPET + ">)",
                "wire/src/main/java/wire/FrameCodec.java:40",
                1,
                1,
                List.of("gateway ×1"),
                "",
                "callback",
                List.of(new Crossing("Listener", "parameter", false, "a callback (Rust would call back into Java)"))));
        return new ExtractionPlan(
                new ExtractionPlan.Cut(
                        List.of(
                                new CutClass(
                                        "wire.FrameCodec", "wire/src/main/java/wire/FrameCodec.java", 120, 30, true),
                                new CutClass("wire.Crc", "wire/src/main/java/wire/Crc.java", 30, 4, false)),
                        150,
                        0.8,
                        12,
                        false,
                        "FrameCodec and the classes of the module it refers to."),
                entries,
                7,
                List.of(new Caller(ExtractionPlan.THIS_MODULE, 2, 3), new Caller("gateway", 1, 6)),
                List.of(new UsedType("wire.FrameCodec", 3, 6, List.of("gateway"))),
                new Needs(
                        List.of("Registry"),
                        List.of(new Dependency("common", "", List.of("Bytes"), 4)),
                        List.of(new Dependency("org.tukaani.xz", "org.tukaani:xz", List.of("XZOutputStream"), 2)),
                        List.of(new Facility("reflection", "wire/src/main/java/wire/FrameCodec.java:77", 1)),
                        List.of("Missing"),
                        List.of()),
                new Boundary(Kind.CHATTY, "FrameCodec.onFrame takes a callback.", "Batch the interface first."));
    }

    private static AnalysisResult withPlan() {
        AnalysisResult rich = SyntheticResults.rich();
        List<ModuleResult> modules = new ArrayList<>();
        for (ModuleResult module : rich.modules()) {
            modules.add(module.verdict().isAtLeast(Verdict.CONSIDER) ? module.withExtraction(plan()) : module);
        }
        return new AnalysisResult(
                rich.schemaVersion(), rich.tool(), rich.toolVersion(), rich.settings(), rich.summary(), modules);
    }

    private static Element planOf(Document page) {
        Element section = page.selectFirst("article.module section.extraction");
        assertThat(section).as("a plan section").isNotNull();
        return section;
    }

    @Test
    void a_candidates_section_shows_its_boundary_reason_and_mechanism() {
        Element plan = planOf(Jsoup.parse(HtmlReport.render(ReportModels.of(withPlan()))));

        assertThat(plan.attr("data-boundary")).isEqualTo("chatty");
        assertThat(plan.selectFirst(".boundary").text()).isEqualTo("Chatty boundary");
        assertThat(plan.selectFirst(".boundary-reason").text()).isEqualTo("FrameCodec.onFrame takes a callback.");
        assertThat(plan.selectFirst(".mechanism").text()).contains("Batch the interface first.");
        assertThat(plan.selectFirst(".cut-summary").text())
                .isEqualTo("2 classes, 150 lines, 80% of the strong-fit evidence; 10 entry points");
    }

    @Test
    void the_diagram_has_a_box_per_caller_entry_point_the_cut_and_each_need_and_edges_between_them() {
        Element svg = planOf(Jsoup.parse(HtmlReport.render(ReportModels.of(withPlan()))))
                .selectFirst("svg.plan-diagram");

        assertThat(svg.select("g.caller")).hasSize(2);
        assertThat(svg.select("g.entry")).hasSize(3);
        assertThat(svg.select("g.more text").text()).isEqualTo("+7 more");
        assertThat(svg.select("g.cut text").text()).isEqualTo("2 classes, 150 lines");
        assertThat(svg.select("g.need")).hasSize(4);
        assertThat(svg.select("g.need title").eachText())
                .contains("common", "org.tukaani:xz", "JDK reflection", "Registry");
        assertThat(svg.select("line.edge")).hasSizeGreaterThanOrEqualTo(3 + 3 + 4);
        assertThat(svg.select("g.entry title").eachText()).contains("static byte[] decode(byte[])");
    }

    @Test
    void every_listed_entry_point_has_a_row_saying_what_crosses_and_no_signature_becomes_markup() {
        Element plan = planOf(Jsoup.parse(HtmlReport.render(ReportModels.of(withPlan()))));

        assertThat(plan.select("table.entry-points tbody tr")).hasSize(3);
        assertThat(plan.select("table.entry-points .crossing.costly").text()).contains("a callback");
        assertThat(plan.select("script")).isEmpty();
        assertThat(plan.select("table.entry-points").text()).contains(SyntheticResults.SCRIPT_SNIPPET);
        assertThat(plan.selectFirst("p.more").text()).contains("+7 more entry point(s)");
        assertThat(plan.select("dl.needs dt").eachText())
                .contains("Module common", "Library org.tukaani.xz", "JDK reflection", "Not resolved");
    }

    @Test
    void a_plan_shows_its_boundary_diagram_and_needs_and_folds_its_entry_point_table_behind_a_count() {
        Element plan = planOf(Jsoup.parse(HtmlReport.render(ReportModels.of(withPlan()))));

        Element folded = plan.selectFirst("details.plan-crossings");
        assertThat(folded)
                .as("entry points and surface fold, so an open card stays a few screens")
                .isNotNull();
        assertThat(folded.hasAttr("open")).isFalse();
        assertThat(folded.selectFirst("summary").text()).startsWith("10 entry point(s)");
        assertThat(folded.select("table.entry-points tbody tr")).hasSize(3);
        assertThat(plan.select("svg.plan-diagram").parents()).noneMatch(parent -> parent.is("details"));
        assertThat(plan.select("dl.needs").parents()).noneMatch(parent -> parent.is("details"));
    }

    @Test
    void the_same_plans_render_to_the_same_bytes() {
        assertThat(HtmlReport.render(ReportModels.of(withPlan())))
                .isEqualTo(HtmlReport.render(ReportModels.of(withPlan())));
    }

    @Test
    void the_summary_has_one_line_per_plan_with_its_boundary_and_what_to_do() {
        String summary = MarkdownSummary.render(ReportModels.of(withPlan(), Optional.empty()));

        assertThat(summary).contains("**Extraction plans:**");
        assertThat(summary.lines().filter(line -> line.contains("**chatty** boundary")))
                .hasSize((int) withPlan().modules().stream()
                        .filter(m -> m.extraction() != null)
                        .count())
                .allSatisfy(line -> assertThat(line)
                        .startsWith("- `")
                        .contains("2 classes, 150 lines")
                        .endsWith("batch the interface first, or keep it on the JVM"));
    }

    @Test
    void a_result_without_plans_has_no_plan_section_and_no_summary_lines() {
        AnalysisResult plain = SyntheticResults.rich();

        assertThat(Jsoup.parse(HtmlReport.render(ReportModels.of(plain))).select("section.extraction"))
                .isEmpty();
        assertThat(MarkdownSummary.render(ReportModels.of(plain, Optional.empty())))
                .doesNotContain("Extraction plans");
    }
}
