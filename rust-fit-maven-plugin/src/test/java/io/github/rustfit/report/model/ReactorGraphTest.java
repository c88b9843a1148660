package io.github.rustfit.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.FileStats;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.Summary;
import io.github.rustfit.report.SyntheticResults;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReactorGraphTest {

    private static ReactorGraph graph() {
        return ReportModels.of(SyntheticResults.rich()).graph();
    }

    @Test
    void every_module_with_code_is_a_node_and_modules_without_sources_are_set_apart() {
        ReactorGraph graph = graph();

        assertThat(graph.nodes())
                .extracting(ReactorGraph.Node::name)
                .containsExactlyInAnyOrder(
                        "demo-app", "gateway", "graph-model", "legacy-parser", "orders-api", "scheduler");
        assertThat(graph.apart()).extracting(ReactorGraph.Node::name).containsExactly("parent");
    }

    @Test
    void an_edge_runs_from_a_module_down_to_each_reactor_module_it_depends_on() {
        ReactorGraph graph = graph();
        List<ReactorGraph.Node> nodes = graph.nodes();

        assertThat(graph.edges())
                .extracting(edge -> nodes.get(edge.from()).name() + "->"
                        + nodes.get(edge.to()).name())
                .containsExactlyInAnyOrder("graph-model->gateway", "orders-api->gateway", "scheduler->gateway");
        assertThat(graph.edges())
                .allSatisfy(
                        edge -> assertThat(Double.parseDouble(edge.y1())).isLessThan(Double.parseDouble(edge.y2())));
    }

    @Test
    void a_larger_module_is_drawn_larger() {
        ReactorGraph graph = graph();

        double orders = radius(graph, "orders-api");
        double demo = radius(graph, "demo-app");
        assertThat(orders).isGreaterThan(demo);
    }

    @Test
    void three_hundred_modules_lay_out_the_same_way_every_time_and_within_the_drawing() {
        ReactorGraph first = ReportModels.of(SyntheticResults.large(300, 2)).graph();
        ReactorGraph second = ReportModels.of(SyntheticResults.large(300, 2)).graph();

        assertThat(first).isEqualTo(second);
        assertThat(first.nodes()).hasSize(300).allSatisfy(node -> {
            assertThat(Double.parseDouble(node.x())).isBetween(0.0, (double) first.width());
            assertThat(Double.parseDouble(node.y())).isBetween(0.0, (double) first.height());
        });
    }

    private static double radius(ReactorGraph graph, String name) {
        return graph.nodes().stream()
                .filter(node -> node.name().equals(name))
                .mapToDouble(node -> Double.parseDouble(node.r()))
                .findFirst()
                .orElseThrow();
    }

    /**
     * As a user saw it on an 84-module reactor: a third of the circles, a candidate among them,
     * carried no name, and only hovering found them.
     */
    @Test
    void every_module_drawn_without_its_name_is_listed_candidates_first() {
        ReactorGraph graph = ReportModels.of(SyntheticResults.large(300, 2)).graph();

        List<ReactorGraph.Node> nameless =
                graph.nodes().stream().filter(node -> node.label() == null).toList();
        assertThat(nameless).isNotEmpty();
        assertThat(graph.unlabelled()).containsExactlyInAnyOrderElementsOf(nameless);
        assertThat(graph.unlabelled())
                .extracting(node -> node.verdict().rank())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(graph().unlabelled())
                .as("a small reactor names every circle")
                .isEmpty();
    }
    /**
     * As a user saw it on a reactor of 27 modules: four names dropped though the row had room above
     * the circle or beside it, and the modules set apart drawn as unnamed squares.
     */
    @Test
    void on_a_layered_reactor_every_circle_is_named_where_there_is_room_and_no_name_covers_another() {
        ReactorGraph graph = ReportModels.of(SyntheticResults.layered()).graph();

        assertThat(graph.nodes()).hasSize(18);
        assertThat(graph.unlabelled()).extracting(ReactorGraph.Node::name).isEmpty();
        assertNothingCovered(graph);
    }

    @Test
    void every_module_set_apart_is_named_beside_its_square_within_the_drawing() {
        ReactorGraph graph = ReportModels.of(SyntheticResults.layered()).graph();

        assertThat(graph.apart())
                .extracting(ReactorGraph.Node::label)
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
        assertNothingCovered(graph);
        for (ReactorGraph.Node node : graph.apart()) {
            double[] box = ReactorGraph.labelBox(node);
            assertThat(box[3]).as(node.name()).isLessThanOrEqualTo(graph.height());
            assertThat(box[1]).as(node.name()).isGreaterThan(graph.apartY());
        }
    }

    @Test
    void a_long_strip_of_modules_set_apart_wraps_onto_more_rows_within_the_drawing() {
        AnalysisResult layered = SyntheticResults.layered();
        List<ModuleResult> modules = new java.util.ArrayList<>(layered.modules());
        for (int i = 0; i < 40; i++) {
            modules.add(new ModuleResult(
                    new ModuleResult.Identity("example", "aggregator-of-distributions-" + i, "dist/" + i, "pom"),
                    new ModuleResult.Sources(List.of(), new FileStats(0, 0, 0, 0), List.of(), List.of()),
                    new ModuleResult.Graph(List.of(), List.of()),
                    new ModuleResult.Findings(List.of(), List.of()),
                    new ModuleResult.Judgement(List.of(), Verdict.NOT_ANALYZED, List.of(), List.of(), null),
                    null,
                    null));
        }
        ReactorGraph graph = ReportModels.of(new AnalysisResult(
                        layered.schemaVersion(),
                        layered.tool(),
                        layered.toolVersion(),
                        layered.settings(),
                        Summary.of(modules),
                        modules))
                .graph();

        assertThat(graph.apart()).hasSize(49);
        assertThat(graph.apart().stream().map(ReactorGraph.Node::y).distinct().count())
                .isGreaterThan(5);
        assertNothingCovered(graph);
        for (ReactorGraph.Node node : graph.apart()) {
            assertThat(ReactorGraph.labelBox(node)[3]).as(node.name()).isLessThanOrEqualTo(graph.height());
        }
    }

    /** No name overlaps another name or a circle, and every name lies within the drawing. */
    private static void assertNothingCovered(ReactorGraph graph) {
        List<double[]> circles = new java.util.ArrayList<>();
        for (ReactorGraph.Node node : graph.nodes()) {
            double x = Double.parseDouble(node.x());
            double y = Double.parseDouble(node.y());
            double r = Double.parseDouble(node.r());
            circles.add(new double[] {x - r, y - r, x + r, y + r});
        }
        List<ReactorGraph.Node> named = new java.util.ArrayList<>();
        graph.nodes().stream().filter(node -> node.label() != null).forEach(named::add);
        named.addAll(graph.apart());
        for (int i = 0; i < named.size(); i++) {
            double[] box = ReactorGraph.labelBox(named.get(i));
            assertThat(box[0]).as(named.get(i).name()).isGreaterThanOrEqualTo(0);
            assertThat(box[2]).as(named.get(i).name()).isLessThanOrEqualTo(graph.width());
            for (double[] circle : circles) {
                assertThat(FitChart.overlaps(box, circle))
                        .as("%s over a circle", named.get(i).name())
                        .isFalse();
            }
            for (int j = i + 1; j < named.size(); j++) {
                assertThat(FitChart.overlaps(box, ReactorGraph.labelBox(named.get(j))))
                        .as("%s / %s", named.get(i).name(), named.get(j).name())
                        .isFalse();
            }
        }
    }
}
