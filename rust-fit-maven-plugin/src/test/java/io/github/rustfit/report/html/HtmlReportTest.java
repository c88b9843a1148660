package io.github.rustfit.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.report.SyntheticResults;
import io.github.rustfit.report.model.ReportModel;
import io.github.rustfit.report.model.ReportModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @TempDir
    Path dir;

    private static Document page(ReportModel model) {
        return Jsoup.parse(HtmlReport.render(model));
    }

    private static Document richPage() {
        return page(ReportModels.of(SyntheticResults.rich()));
    }

    @Test
    void the_summary_counts_modules_by_verdict() {
        Document page = richPage();

        assertThat(page.select("#summary [data-verdict-count=STRONG_CANDIDATE] .card-value")
                        .text())
                .isEqualTo("1");
        assertThat(page.select("#summary [data-verdict-count=CONSIDER] .card-value")
                        .text())
                .isEqualTo("2");
        assertThat(page.select("#summary [data-verdict-count=KEEP] .card-value").text())
                .isEqualTo("3");
        assertThat(page.select("#summary [data-verdict-count=NOT_ANALYZED] .card-value")
                        .text())
                .isEqualTo("1");
        assertThat(page.select("#summary .candidates a").eachText())
                .containsExactly("gateway", "legacy-parser", "scheduler");
    }

    @Test
    void the_summary_shows_parse_coverage_and_says_reviews_are_not_recorded_yet() {
        Document page = richPage();

        assertThat(page.select("#summary .facts").text()).contains("98.8 %").contains("2 failed");
        assertThat(page.select("#review-summary").text())
                .contains("No review data")
                .contains("rust-fit:init");
    }

    @Test
    void every_module_has_a_table_row_a_heat_map_row_and_a_section() {
        Document page = richPage();

        assertThat(page.select("#module-table tbody tr")).hasSize(7);
        assertThat(page.select("#heatmap tbody tr")).hasSize(7);
        assertThat(page.select("#details article.module").eachAttr("id"))
                .containsExactly(
                        "module-root",
                        "module-demo-app",
                        "module-services-gateway",
                        "module-graph-model",
                        "module-legacy-parser",
                        "module-services-orders-api",
                        "module-scheduler");
    }

    @Test
    void every_link_to_a_module_leads_to_its_section() {
        Document page = richPage();

        Elements links = page.select("a[href^=#module-]");
        assertThat(links).isNotEmpty();
        for (Element link : links) {
            assertThat(page.getElementById(link.attr("href").substring(1)))
                    .as(link.outerHtml())
                    .isNotNull();
        }
    }

    @Test
    void the_heat_map_marks_the_criteria_a_module_meets() {
        Document page = richPage();

        Element gateway = page.select("#heatmap tbody tr")
                .select("th:contains(gateway)")
                .first()
                .parent();
        assertThat(gateway.select("td.s-strong").eachAttr("title"))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("Data plane:");
        assertThat(gateway.select("td.cell")).hasSize(9);
    }

    @Test
    void the_chart_places_every_analysed_module_and_links_it() {
        Document page = richPage();

        Elements points = page.select("#fit-chart a.point");
        assertThat(points.eachAttr("data-module"))
                .containsExactlyInAnyOrder(
                        "demo-app", "gateway", "graph-model", "legacy-parser", "orders-api", "scheduler");
        assertThat(points.select("circle").eachAttr("class")).contains("fill-strong", "fill-consider", "fill-keep");
    }

    @Test
    void a_module_section_shows_rationale_questions_and_each_signal_with_its_evidence() {
        Element gateway = richPage().getElementById("module-services-gateway");

        assertThat(gateway.select(".rationale li").eachText()).contains("Three of three questions are answered yes.");
        assertThat(gateway.select("table.questions .answer").eachText()).containsExactly("Yes", "Yes", "Yes");
        Element socket = gateway.selectFirst("details[data-signal=server-socket-channel]");
        assertThat(socket.select("ol.evidence .loc").eachText())
                .containsExactly(
                        "services/gateway/src/main/java/gw/Acceptor.java:31",
                        "services/gateway/src/main/java/gw/Acceptor.java:44");
        assertThat(socket.select("ol.evidence code").first().text())
                .isEqualTo("ServerSocketChannel server = ServerSocketChannel.open();");
        assertThat(socket.select(".more").text()).startsWith("+7 more");
    }

    @Test
    void every_module_section_says_how_firm_its_verdict_is_and_which_way_it_leans() {
        Document page = page(ReportModels.of(SyntheticResults.withMargins(
                SyntheticResults.rich(),
                java.util.Map.of(
                        "gateway",
                        io.github.rustfit.core.result.Margin.FIRM,
                        "legacy-parser",
                        new io.github.rustfit.core.result.Margin(0.1, io.github.rustfit.core.criteria.Verdict.KEEP)))));

        Element gateway = page.getElementById("module-services-gateway");
        assertThat(gateway.selectFirst("p.margin").attr("data-margin")).isEqualTo("firm");
        assertThat(gateway.selectFirst("p.margin").text()).startsWith("Margin: firm (no change");
        Element parser = page.selectFirst("article[data-search~=legacy-parser]");
        assertThat(parser.selectFirst("p.margin").attr("data-margin")).isEqualTo("10% from Keep on the JVM");
        assertThat(parser.select("p.margin .badge").eachText()).containsExactly("Keep on the JVM");
        assertThat(page.select("ul.candidates .candidate-margin").eachText())
                .contains("margin firm", "margin 10% from Keep on the JVM");
    }

    @Test
    void a_result_written_without_margins_says_they_were_not_computed() {
        assertThat(richPage()
                        .getElementById("module-services-gateway")
                        .selectFirst("p.margin")
                        .text())
                .isEqualTo("Margin: not computed");
        assertThat(richPage().select("ul.candidates .candidate-margin")).isEmpty();
    }

    @Test
    void sections_the_result_cannot_fill_yet_say_so_instead_of_inventing_data() {
        Element gateway = richPage().getElementById("module-services-gateway");

        assertThat(gateway.select(".review-none").text()).contains("no component manifest");
        assertThat(gateway.select(".hotspots-none").text()).isEqualTo("Not computed in this result.");
        assertThat(gateway.select("table.questions td").eachText()).contains("not declared");
    }

    @Test
    void modules_kept_on_the_jvm_say_why_they_have_no_hotspots() {
        Element graph = richPage().getElementById("module-graph-model");

        assertThat(graph.select(".hotspots-none").text())
                .isEqualTo("Only strong candidates and modules to consider get hotspots and a first step.");
    }

    @Test
    void repeated_evidence_folds_and_the_rest_is_counted() {
        Element frames = richPage()
                .getElementById("module-services-gateway")
                .selectFirst("details[data-signal=length-prefixed-frame]");

        // twelve identical lines of one file: one line shown, eleven folded, eleven more only counted
        assertThat(frames.select("ol.evidence li")).hasSize(1);
        assertThat(frames.select(".repeats").text()).isEqualTo("+11 same line(s) in this file");
        assertThat(frames.select(".more").text()).startsWith("+11 more");
    }

    @Test
    void files_that_did_not_parse_are_listed_with_the_parser_message() {
        Document page = richPage();

        Elements rows = page.select("#parse-problems tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select(".loc").text()).isEqualTo("legacy-parser/src/main/java/lp/Broken.java:14:5");
        assertThat(rows.get(0).select("pre.message").text())
                .isEqualTo("Parse error. Found \"}\", expected one of \";\" <EOF>");
        assertThat(rows.get(1).select("pre.message").text()).isEqualTo("Malformed input: not UTF-8 <b>bold</b>");
        assertThat(rows.get(1).select("b")).isEmpty();
    }

    @Test
    void run_facts_name_the_plugin_version_and_configuration_but_no_time() {
        Document page = richPage();

        assertThat(page.select("#run dt").eachText()).contains("Tool", "Java language level", "Test sources analysed");
        assertThat(page.select("#run dd").eachText()).contains("rust-fit 0.1.0-test", "21");
    }

    @Test
    void a_snippet_that_closes_the_script_element_shows_as_text_and_adds_no_script() {
        Document page = richPage();

        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("code").eachText()).contains(SyntheticResults.SCRIPT_SNIPPET);
        assertThat(page.selectFirst("script").data()).doesNotContain("alert(1)");
    }

    @Test
    void a_rationale_carrying_html_shows_as_text_and_creates_no_element() {
        Element graph = richPage().getElementById("module-graph-model");

        assertThat(graph.select(".rationale li").eachText()).contains(SyntheticResults.HTML_RATIONALE);
        assertThat(graph.select(".rationale img, .rationale b, .rationale a")).isEmpty();
    }

    @Test
    void the_page_loads_nothing_from_the_network() {
        Document page = richPage();

        assertThat(page.select("link, img, iframe, script[src], object, embed")).isEmpty();
        assertThat(page.select("style").first().data())
                .doesNotContain("@import")
                .doesNotContain("url(");
        assertThat(page.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
    }

    @Test
    void the_same_result_renders_to_the_same_bytes() {
        String first = HtmlReport.render(ReportModels.of(SyntheticResults.rich()));
        String second = HtmlReport.render(ReportModels.of(SyntheticResults.rich()));

        assertThat(first.getBytes(StandardCharsets.UTF_8)).isEqualTo(second.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void without_an_earlier_result_there_is_no_since_last_time_section() {
        assertThat(richPage().getElementById("since")).isNull();
    }

    @Test
    void with_an_earlier_result_the_page_shows_what_changed() {
        Document page = page(ReportModels.of(SyntheticResults.rich(), Optional.of(SyntheticResults.earlier())));

        Element since = page.getElementById("since");
        assertThat(since).isNotNull();
        assertThat(since.select("h3:contains(New candidates) + ul a").eachText())
                .containsExactly("scheduler");
        assertThat(since.select("h3:contains(Verdict changes) + ul li").text())
                .isEqualTo("scheduler: Keep on the JVM → Consider");
        Element signal = since.selectFirst("tbody tr");
        assertThat(signal.select("td").eachText())
                .containsExactly("orders-api", "rest-controller", "12", "31", "▲ rose");
    }

    @Test
    void a_reactor_of_200_modules_and_10000_evidence_lines_renders_with_evidence_capped_per_signal() {
        Document page = page(ReportModels.of(SyntheticResults.large(200, 50)));

        assertThat(page.select("#module-table tbody tr")).hasSize(200);
        assertThat(page.select("ol.evidence li").size())
                .isLessThanOrEqualTo(200 * ReportModels.EVIDENCE_SHOWN_PER_SIGNAL);
        assertThat(page.select("#module-modules-module-000 .more").text()).startsWith("+42 more");
        assertThat(page.select("#fit-chart .point-label")).isEmpty();
        assertThat(page.select("#summary .candidates a")).hasSize(24);
        assertThat(page.select("#summary .more-candidates").text()).startsWith("and 76 more");
        assertThat(page.select("#fit-chart a.point")).hasSize(200);
    }

    @Test
    void writing_replaces_the_file_whole() throws Exception {
        Path file = dir.resolve("out/index.html");
        HtmlReport.write(ReportModels.of(SyntheticResults.rich()), file);
        HtmlReport.write(ReportModels.of(SyntheticResults.rich()), file);

        assertThat(Jsoup.parse(Files.readString(file)).title()).isEqualTo("rust-fit report");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }
}
