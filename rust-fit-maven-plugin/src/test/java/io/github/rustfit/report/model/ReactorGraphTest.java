package io.github.rustfit.report.model;

import static org.assertj.core.api.Assertions.assertThat;

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
}
