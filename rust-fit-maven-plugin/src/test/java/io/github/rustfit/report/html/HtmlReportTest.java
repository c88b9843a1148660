package io.github.rustfit.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.DecisionBasis;
import io.github.rustfit.core.manifest.ManifestCommands;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.Evidence;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.report.SyntheticResults;
import io.github.rustfit.report.model.ReportModel;
import io.github.rustfit.report.model.ReportModels;
import io.github.rustfit.report.model.SourceLinks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        // candidates by verdict, then by the strong-fit evidence the rule weighed (scheduler's is denser)
        assertThat(page.select("#summary .candidates a").eachText())
                .containsExactly("gateway", "scheduler", "legacy-parser");
    }

    @Test
    void the_summary_shows_parse_coverage_and_says_reviews_are_not_recorded_yet() {
        Document page = richPage();

        assertThat(page.select("#summary .facts").text()).contains("98.8 %").contains("2 failed");
        assertThat(page.select("#review-summary").text()).contains("No review data");
    }

    @Test
    void hints_name_the_init_goal_by_the_plugin_s_full_coordinates_as_the_console_does() {
        Document page = richPage();
        String command =
                ManifestCommands.of(SyntheticResults.rich().toolVersion()).init();

        assertThat(command).isEqualTo("mvn io.github.rustfit:rust-fit-maven-plugin:0.1.0-test:init");
        assertThat(page.select("#review-summary code.command").eachText()).containsExactly(command);
        assertThat(page.select("#details .review-none code.command").eachText())
                .hasSize(6)
                .containsOnly(command);
        // the bare prefix resolves only where the project declares the plugin
        assertThat(page.text()).doesNotContain("rust-fit:init");
    }

    @Test
    void every_module_has_a_table_row_and_a_section_and_every_judged_module_a_heat_map_row() {
        Document page = richPage();

        assertThat(page.select("#module-table tbody tr")).hasSize(7);
        assertThat(page.select("#heatmap tbody tr")).hasSize(6);
        // candidates first (by verdict, then strong-fit evidence), then the modules kept, by the same order
        assertThat(page.select("#details article.module").eachAttr("id"))
                .containsExactly(
                        "module-services-gateway",
                        "module-scheduler",
                        "module-legacy-parser",
                        "module-demo-app",
                        "module-graph-model",
                        "module-services-orders-api");
        // the module with nothing to judge is folded into one line, still a link target
        assertThat(page.select("#nothing-to-judge .unjudged-module").eachAttr("id"))
                .containsExactly("module-root");
        assertThat(page.select("#criteria .unjudged").text()).contains("parent");
    }

    @Test
    void strong_candidates_show_their_card_and_every_other_module_folds_into_one_line_with_the_deciding_sentence() {
        Document page = richPage();

        assertThat(page.select("#details article.module:not(.folded)").eachAttr("data-module"))
                .containsExactly("gateway");
        assertThat(page.select("#details .folds > article.module.folded").eachAttr("data-module"))
                .containsExactly("scheduler", "legacy-parser", "demo-app", "graph-model", "orders-api");
        assertThat(page.select("#details .folds details.module-fold[open]")).isEmpty();
        Element kept = page.getElementById("module-services-orders-api");
        assertThat(kept.select("details.module-fold")).hasSize(1);
        assertThat(kept.select("details.module-fold").attr("open")).isEmpty();
        assertThat(kept.select("details.module-fold > summary .headline").text())
                .isEqualTo("A plain CRUD service: the runtime is not its bottleneck.");
    }

    @Test
    void without_a_strong_candidate_the_modules_to_consider_open_their_cards_as_the_heading_says() {
        Document page = Jsoup.parse(HtmlReport.render(ReportModels.of(SyntheticResults.richWithoutStrongCandidates())));

        List<Element> cards = page.select("#details article.module");
        List<Element> open = page.select("#details article.module:not(.folded)");
        long considered = cards.stream()
                .filter(card -> card.attr("data-verdict").equals("CONSIDER"))
                .count();
        assertThat(considered).isPositive();
        assertThat(open).hasSize((int) Math.min(considered, ReportModel.OPEN_CARDS));
        assertThat(open).extracting(card -> card.attr("data-verdict")).containsOnly("CONSIDER");
        // the open cards lead the page, and no kept module opens
        assertThat(cards.subList(0, open.size())).containsExactlyElementsOf(open);
        assertThat(page.select("#details h2.section-title").text())
                .contains("or the first " + ReportModel.OPEN_CARDS + " to consider when there is none");
    }

    @Test
    void however_many_strong_candidates_at_most_a_few_cards_are_open_the_strongest_first() {
        AnalysisResult result = SyntheticResults.large(120, 2);
        Document page = Jsoup.parse(HtmlReport.render(ReportModels.of(result)));

        List<String> open = page.select("#details article.module:not(.folded)").eachAttr("data-module");
        List<Element> cards = page.select("#details article.module");
        assertThat(open).hasSize(ReportModel.OPEN_CARDS);
        // the open cards lead the page; the first folded line is the next strong candidate
        assertThat(cards.subList(0, ReportModel.OPEN_CARDS))
                .extracting(card -> card.attr("data-module"))
                .containsExactlyElementsOf(open);
        assertThat(cards.get(ReportModel.OPEN_CARDS).attr("data-verdict")).isEqualTo("STRONG_CANDIDATE");
        assertThat(cards).hasSize(120);
        assertThat(page.select("#details .folds > article.module.folded details.module-fold"))
                .hasSize(120 - ReportModel.OPEN_CARDS);
    }

    @Test
    void evidence_is_collapsed_behind_its_count_with_the_densest_signal_first() {
        Element gateway = richPage().getElementById("module-services-gateway");

        Element evidence = gateway.selectFirst("details.evidence-all");
        assertThat(evidence.hasAttr("open")).isFalse();
        assertThat(evidence.selectFirst("summary").text()).startsWith("3 signal(s), 46 occurrence(s)");
        assertThat(evidence.select("details.signal").eachAttr("data-signal"))
                .containsExactly("length-prefixed-frame", "explicit-locks", "server-socket-channel");
        assertThat(evidence.select("details.signal[open]")).isEmpty();
    }

    @Test
    void the_heaviest_file_of_a_signal_leads_its_evidence() {
        ReportModel.SignalView signal = io.github.rustfit.report.model.ModuleViewsAccess.signal(
                "s",
                List.of(
                        new Evidence("a/Light.java", 3, "x();"),
                        new Evidence("z/Heavy.java", 10, "y();"),
                        new Evidence("z/Heavy.java", 20, "z();")));

        assertThat(signal.evidence())
                .extracting(ReportModel.EvidenceView::location)
                .containsExactly("z/Heavy.java:10", "z/Heavy.java:20", "a/Light.java:3");
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
    void the_heat_map_shades_exactly_the_criteria_the_rationale_cites() {
        Document page = richPage();

        Element demo = page.selectFirst("#heatmap tbody tr[data-module=demo-app]");
        assertThat(demo.select("td.cited").eachAttr("data-criterion")).containsExactly("prototype");
        assertThat(demo.select("td.cell:not(.s-none)").eachAttr("data-criterion"))
                .containsExactly("prototype");
        Element graph = page.selectFirst("#heatmap tbody tr[data-module=graph-model]");
        assertThat(graph.select("td.cited").eachAttr("data-criterion")).containsExactly("self-referential-data");
        assertThat(graph.select("td.yes").text()).isEqualTo("1");
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
    void the_chart_draws_one_panel_per_branch_of_the_rule_with_its_thresholds_named() {
        Document page = richPage();

        assertThat(page.select("#fit-chart figure.fit-panel").eachAttr("data-branch"))
                .containsExactly(
                        "two-yes",
                        "capped",
                        "strong-kind",
                        "one-yes-code",
                        "one-yes-shared",
                        "one-yes-shared-coordination",
                        "no-yes-open",
                        "no-yes-all-open",
                        "no-yes-closed",
                        "own-codec",
                        "client",
                        "kept");
        assertThat(page.select("#fit-chart [data-branch=two-yes] .threshold-label:not(.balance-label)")
                        .text())
                .isEqualTo("strong candidate: "
                        + (long) io.github.rustfit.core.criteria.DecisionRule.STRONG_CANDIDATE_DENSITY);
        assertThat(page.select("#fit-chart [data-branch=one-yes-shared] .threshold-label")
                        .eachText())
                .contains("consider: " + (long) io.github.rustfit.core.criteria.DecisionRule.CONSIDER_DENSITY);
        assertThat(page.select("#fit-chart [data-branch=no-yes-open] .threshold-label")
                        .eachText())
                .contains("strong core: " + (long) io.github.rustfit.core.criteria.DecisionRule.STRONG_CORE_DENSITY);
        assertThat(page.select("#fit-chart [data-branch=no-yes-all-open] .threshold-label")
                        .eachText())
                .contains("consider: " + (long) io.github.rustfit.core.criteria.DecisionRule.CONSIDER_DENSITY);
        assertThat(page.select("#fit-chart [data-branch=client] .threshold-label")
                        .eachText())
                .contains("own engine: " + (long) io.github.rustfit.core.criteria.DecisionRule.OWN_ENGINE_DENSITY);
        assertThat(page.select("#fit-chart [data-branch=two-yes] a.point").eachAttr("data-module"))
                .containsExactly("gateway", "scheduler", "legacy-parser");
        // graph-model's one yes is who depends on it, over no byte-level code of its own
        assertThat(page.select("#fit-chart [data-branch=one-yes-shared-coordination] a.point")
                        .eachAttr("data-module"))
                .containsExactly("graph-model");
        assertThat(page.select("#fit-chart [data-branch=one-yes-shared-coordination] .threshold-label")
                        .eachText())
                .contains("strong core: " + (long) io.github.rustfit.core.criteria.DecisionRule.STRONG_CORE_DENSITY);
        assertThat(page.select("#fit-chart [data-branch=no-yes-closed] a.point").eachAttr("data-module"))
                .containsExactly("orders-api");
        assertThat(page.select("#fit-chart [data-branch=kept] a.point").eachAttr("data-module"))
                .containsExactly("demo-app");
        // every tick label across is a round number or one of the rule's thresholds
        assertThat(page.select("#fit-chart [data-branch=no-yes-open] text.tick").eachText())
                .contains("0", "8", "17", "25", "100");
        // where a client library would be judged in another panel, the region has no verdict
        assertThat(page.select("#fit-chart [data-branch=client] rect.region").eachAttr("data-verdict"))
                .containsExactly("KEEP", "ELSEWHERE");
    }

    /**
     * A point's name keeps off other names and dots but may land on a threshold or the balance line,
     * or against a dot beside it: it is drawn over a halo of the panel's own background, so nothing
     * under it strikes it through, and no name is left out for it.
     */
    @Test
    void every_point_name_of_the_chart_is_drawn_over_a_halo_of_the_panel_s_background() {
        Document page = richPage();

        Elements labels = page.select("#fit-chart text.point-label");
        assertThat(labels)
                .isNotEmpty()
                .allSatisfy(label -> assertThat(label.classNames()).containsExactly("point-label", "halo"));
        assertThat(page.select("#fit-chart .halo")).isEqualTo(labels);
        assertThat(page.selectFirst("style").data().lines().filter(line -> line.startsWith(".rust-fit .halo ")))
                .containsExactly(".rust-fit .halo { paint-order: stroke; stroke: var(--card); stroke-width: 3px;"
                        + " stroke-linejoin: round; }");
    }

    @Test
    void every_point_of_the_chart_sits_in_a_region_of_its_own_verdict() {
        Document page = page(ReportModels.of(SyntheticResults.large(60, 3)));

        for (Element panel : page.select("#fit-chart figure.fit-panel")) {
            for (Element point : panel.select("a.point")) {
                Element circle = point.selectFirst("circle");
                double x = Double.parseDouble(circle.attr("cx"));
                double y = Double.parseDouble(circle.attr("cy"));
                List<String> regions = panel.select("rect.region").stream()
                        .filter(rect -> contains(rect, x, y))
                        .map(rect -> rect.attr("data-verdict"))
                        .distinct()
                        .toList();
                assertThat(regions).as(point.attr("data-module")).containsExactly(point.attr("data-verdict"));
            }
        }
    }

    private static boolean contains(Element rect, double x, double y) {
        double left = Double.parseDouble(rect.attr("x"));
        double top = Double.parseDouble(rect.attr("y"));
        return x >= left
                && x <= left + Double.parseDouble(rect.attr("width"))
                && y >= top
                && y <= top + Double.parseDouble(rect.attr("height"));
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
                        io.github.rustfit.core.criteria.Margin.FIRM,
                        "legacy-parser",
                        new io.github.rustfit.core.criteria.Margin(
                                0.1, io.github.rustfit.core.criteria.Verdict.KEEP)))));

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
        assertThat(page.select("svg image, svg use, svg foreignObject")).isEmpty();
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
    void a_comparison_with_a_result_made_with_other_settings_says_so_at_the_top_of_the_section() {
        AnalysisResult earlier = SyntheticResults.earlier();
        AnalysisResult older = new AnalysisResult(
                earlier.schemaVersion(),
                earlier.tool(),
                "0.0.9",
                earlier.settings(),
                earlier.summary(),
                earlier.modules(),
                earlier.suppressions());

        Element since = page(ReportModels.of(SyntheticResults.rich(), Optional.of(older)))
                .getElementById("since");

        assertThat(since.select("h2 ~ p.settings-differ").text())
                .isEqualTo("The earlier result was made with other settings (rust-fit version was 0.0.9, now"
                        + " 0.1.0-test): what rose or fell below may have changed with the settings rather than the"
                        + " code.");
        assertThat(since.select("h3:contains(Verdict changes) + ul li").text())
                .as("the comparison still shows")
                .isEqualTo("scheduler: Keep on the JVM → Consider");
        assertThat(page(ReportModels.of(SyntheticResults.rich(), Optional.of(earlier)))
                        .select("#since .settings-differ"))
                .isEmpty();
    }

    @Test
    void a_reactor_of_200_modules_and_10000_evidence_lines_renders_with_evidence_capped_per_signal() {
        Document page = page(ReportModels.of(SyntheticResults.large(200, 50)));

        assertThat(page.select("#module-table tbody tr")).hasSize(200);
        assertThat(page.select("ol.evidence li").size())
                .isLessThanOrEqualTo(200 * ReportModels.EVIDENCE_SHOWN_PER_SIGNAL);
        assertThat(page.select("#module-modules-module-000 .more").text()).startsWith("+42 more");
        // labels are placed where they overlap nothing; points drawn at one place share a label
        assertThat(page.select("#fit-chart .point-label"))
                .isNotEmpty()
                .allSatisfy(label -> assertThat(label.selectFirst("title").text())
                        .startsWith(label.ownText().replaceAll(" \\+\\d+$", "")));
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

    @Test
    void evidence_locations_link_to_the_source_relative_to_the_report_by_default() {
        Document page = page(ReportModels.of(SyntheticResults.rich(), Optional.empty(), SourceLinks.relative("../..")));

        Element socket = page.getElementById("module-services-gateway")
                .selectFirst("details[data-signal=server-socket-channel]");
        assertThat(socket.select("ol.evidence a.loc").eachAttr("href"))
                .containsExactly(
                        "../../services/gateway/src/main/java/gw/Acceptor.java",
                        "../../services/gateway/src/main/java/gw/Acceptor.java");
        assertThat(socket.select("ol.evidence a.loc").eachText())
                .containsExactly(
                        "services/gateway/src/main/java/gw/Acceptor.java:31",
                        "services/gateway/src/main/java/gw/Acceptor.java:44");
        assertThat(page.select("#parse-problems td.loc a").eachAttr("href"))
                .containsExactly(
                        "../../legacy-parser/src/main/java/lp/Broken.java",
                        "../../legacy-parser/src/main/java/lp/Weird.java");
    }

    @Test
    void a_source_url_template_links_each_location_to_its_line_and_the_link_is_escaped() {
        Document page = page(ReportModels.of(
                SyntheticResults.rich(),
                Optional.empty(),
                SourceLinks.template("https://example.org/browse?file={path}&line={line}&q=\"x\"")));

        Element lock = page.getElementById("module-scheduler").selectFirst("ol.evidence a.loc");
        assertThat(lock.attr("href"))
                .isEqualTo("https://example.org/browse?file=scheduler/src/main/java/s/Queue.java&line=40&q=\"x\"");
        // the raw HTML carries the ampersands and quotes as entities
        assertThat(lock.outerHtml()).contains("&amp;line=40").doesNotContain("q=\"x\"\"");
        assertThat(page.select("a[href^=javascript]")).isEmpty();
    }

    @Test
    void the_site_fragment_carries_the_same_sections_as_the_page_scoped_inside_one_element() {
        ReportModel model = ReportModels.of(SyntheticResults.rich());
        Document page = page(model);
        Document fragment = Jsoup.parseBodyFragment(HtmlReport.renderFragment(model));

        Element root = fragment.selectFirst("div.rust-fit.in-site");
        assertThat(root).isNotNull();
        assertThat(root.select("section").eachAttr("id"))
                .isEqualTo(page.select("main section").eachAttr("id"));
        assertThat(root.selectFirst("#details").html())
                .isEqualTo(page.selectFirst("#details").html());
        assertThat(fragment.select("html > body > *:not(style):not(div.rust-fit):not(script)"))
                .isEmpty();
        // its styles apply inside the report's element only, so the site's skin keeps its look
        String css = fragment.selectFirst("style").data();
        assertThat(css.lines()
                        .filter(line -> line.matches("^[^ @}/].*\\{.*"))
                        .filter(line -> !line.startsWith(".rust-fit") && !line.startsWith("body.rust-fit")))
                .isEmpty();
        assertThat(fragment.select("script")).hasSize(1);
    }

    @Test
    void evidence_the_rationale_does_not_cite_is_a_dot_not_a_shade() {
        AnalysisResult rich = SyntheticResults.rich();
        List<ModuleResult> modules = rich.modules().stream()
                .map(m -> !m.artifactId().equals("gateway")
                        ? m
                        : new ModuleResult(
                                m.identity(),
                                m.sources(),
                                m.graph(),
                                m.evidence(),
                                new ModuleResult.Judgement(
                                        m.judgement().questions(),
                                        m.verdict(),
                                        m.judgement().rationale(),
                                        m.judgement().whatWouldChange(),
                                        new DecisionBasis(
                                                m.judgement().basis().ground(),
                                                m.judgement().basis().trait(),
                                                m.judgement().basis().yes(),
                                                m.judgement().basis().open(),
                                                m.judgement().basis().yesAboutTheCode(),
                                                m.judgement().basis().strongFit(),
                                                m.judgement().basis().avoid(),
                                                m.judgement().basis().core(),
                                                m.judgement().basis().judged(),
                                                m.judgement().basis().engine(),
                                                List.of(Criterion.DATA_PLANE))),
                                null,
                                null))
                .toList();
        Document page = page(ReportModels.of(new AnalysisResult(
                rich.schemaVersion(), rich.tool(), rich.toolVersion(), rich.settings(), rich.summary(), modules)));

        Element gateway = page.selectFirst("#heatmap tbody tr[data-module=gateway]");
        assertThat(gateway.select("td.cited").eachAttr("data-criterion")).containsExactly("data-plane");
        assertThat(gateway.select("td.cell:not(.s-none)").eachAttr("data-criterion"))
                .containsExactly("data-plane");
        assertThat(gateway.select("td.trace").eachAttr("data-criterion"))
                .containsExactly("safety-critical-service", "fundamental-concurrency");
    }

    @Test
    void every_circle_of_the_graph_without_its_name_is_linked_by_name_under_the_drawing() {
        ReportModel model = ReportModels.of(SyntheticResults.large(300, 2));
        Document page = page(model);

        List<String> nameless = page.select("#reactor-graph a.node").stream()
                .filter(node -> node.select("text.node-label").isEmpty())
                .map(node -> node.attr("data-module"))
                .toList();
        assertThat(nameless).isNotEmpty();
        assertThat(page.select("#graph p.graph-unlabelled a"))
                .extracting(link -> link.text())
                .containsExactlyInAnyOrderElementsOf(nameless);
        for (org.jsoup.nodes.Element link : page.select("#graph p.graph-unlabelled a")) {
            assertThat(page.getElementById(link.attr("href").substring(1)))
                    .as(link.text())
                    .isNotNull();
        }
    }
    /**
     * As a user saw it on a reactor of 27 modules: the modules set apart were unnamed squares, and
     * the lines of the graph ran through the names.
     */
    @Test
    void the_graph_names_every_module_over_a_halo_drawn_after_the_lines_and_names_those_set_apart() {
        Document page = page(ReportModels.of(SyntheticResults.layered()));

        Elements names = page.select("#reactor-graph a.node text.node-label");
        assertThat(names)
                .hasSize(18)
                .allSatisfy(name -> assertThat(name.classNames()).containsExactly("node-label", "halo"));
        assertThat(page.select("#graph p.graph-unlabelled")).isEmpty();
        // the lines come first in the drawing, so every name is painted over them
        Element svg = page.getElementById("reactor-graph");
        assertThat(svg.children().indexOf(svg.selectFirst("g.edges")))
                .isLessThan(svg.children().indexOf(names.first().parent()));
        assertThat(page.select("#reactor-graph a.apart text.apart-label").eachText())
                .containsExactly(
                        "kit",
                        "kit-build-tools",
                        "kit-dist",
                        "kit-docs",
                        "kit-ext-service-tests",
                        "kit-perf-analyzer",
                        "kit-plugins",
                        "kit-tools",
                        "kit-ui");
        assertThat(page.select("#reactor-graph a.apart").eachAttr("href"))
                .allSatisfy(href ->
                        assertThat(page.getElementById(href.substring(1))).isNotNull());
    }

    @Test
    void a_point_of_the_map_without_room_for_its_name_is_linked_by_name_under_its_panel() {
        ReportModel model = ReportModels.of(SyntheticResults.large(300, 7));
        Document page = page(model);

        int listed = 0;
        for (Element panel : page.select("#fit-chart figure.fit-panel")) {
            List<String> named = new java.util.ArrayList<>();
            for (Element label : panel.select("text.point-label")) {
                named.addAll(List.of(label.ownText().replaceAll(" \\+\\d+$", "").split(", ")));
            }
            List<String> unnamed = panel.select("p.chart-unnamed a").eachText();
            assertThat(panel.select("a.point").eachAttr("data-module"))
                    .as(panel.attr("data-branch"))
                    .containsExactlyInAnyOrderElementsOf(
                            java.util.stream.Stream.concat(named.stream(), unnamed.stream())
                                    .toList());
            for (Element link : panel.select("p.chart-unnamed a")) {
                assertThat(page.getElementById(link.attr("href").substring(1)))
                        .as(link.text())
                        .isNotNull();
            }
            listed += unnamed.size();
        }
        assertThat(listed).isPositive();
        assertThat(page(ReportModels.of(SyntheticResults.layered())).select("p.chart-unnamed"))
                .as("a reactor of 27 modules names every point of the map")
                .isEmpty();
    }
}
