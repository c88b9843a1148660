package io.github.rustfit.report.model;

import static io.github.rustfit.report.model.Labels.decimal;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.ModuleResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reactor as a layered graph, laid out here so the page needs no script library: modules with
 * code are nodes coloured by verdict and sized by lines of code; an edge runs from a module to each
 * reactor module it depends on (from the POMs). Modules that depend on nothing of the reactor sit
 * in the bottom layer, each other module one layer above the highest module it depends on, so
 * every edge points down. Within a layer, modules are ordered by where their neighbours are (a few
 * sweeps of the barycentre heuristic, ties by name), and a long layer wraps onto more rows.
 * Aggregators and modules without Java sources are set apart in a strip below. The layout is a
 * pure function of the result: the same result, the same drawing.
 *
 * @param width the drawing's width in SVG user units
 * @param height its height
 * @param nodes the modules with code
 * @param edges their reactor dependencies
 * @param layers the layers' captions, bottom layer last
 * @param apart aggregators and modules without sources
 * @param apartY where their strip is drawn
 */
public record ReactorGraph(
        int width, int height, List<Node> nodes, List<Edge> edges, List<Layer> layers, List<Node> apart, int apartY) {

    public static final int WIDTH = 1100;
    static final int MARGIN = 16;
    static final int SLOT = 26;
    static final int MAX_SLOT = 150;
    static final int GUTTER = 120;
    static final int ROW = 40;
    static final int LAYER_GAP = 6;
    static final double CHAR_WIDTH = 6.2;
    static final int LABEL_BELOW = 23;

    public ReactorGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        layers = List.copyOf(layers);
        apart = List.copyOf(apart);
    }

    /**
     * A module drawn as a circle.
     *
     * @param id index of the node, for edges
     * @param name its artifactId
     * @param anchor its section's id
     * @param verdict its verdict
     * @param x centre across
     * @param y centre up
     * @param r radius, from its lines of code
     * @param lines its lines of code
     * @param dependents how many reactor modules depend on it
     * @param label its label, or null when there is no room for one
     * @param labelY where the label's baseline is
     */
    public record Node(
            int id,
            String name,
            String anchor,
            ReportModel.VerdictView verdict,
            String x,
            String y,
            String r,
            long lines,
            int dependents,
            String label,
            String labelY) {}

    /** A dependency from one node to another, drawn as a line. */
    public record Edge(int from, int to, String x1, String y1, String x2, String y2, boolean candidate) {}

    /** A layer's caption at height {@code y}. */
    public record Layer(String caption, String y) {}

    static ReactorGraph of(List<ModuleResult> modules, Map<ModuleResult, String> anchors) {
        List<ModuleResult> coded = new ArrayList<>();
        List<ModuleResult> apartModules = new ArrayList<>();
        for (ModuleResult module : modules) {
            if (module.verdict() == Verdict.NOT_ANALYZED) {
                apartModules.add(module);
            } else {
                coded.add(module);
            }
        }
        coded.sort(Comparator.comparing(ModuleResult::artifactId).thenComparing(ModuleResult::path));
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < coded.size(); i++) {
            byName.putIfAbsent(coded.get(i).artifactId(), i);
        }
        List<List<Integer>> deps = new ArrayList<>();
        int[] dependents = new int[coded.size()];
        for (ModuleResult module : coded) {
            List<Integer> targets = new ArrayList<>();
            for (String name : module.graph().dependsOn()) {
                Integer target = byName.get(name);
                if (target != null && !targets.contains(target) && coded.get(target) != module) {
                    targets.add(target);
                    dependents[target]++;
                }
            }
            deps.add(targets);
        }
        int[] depth = new int[coded.size()];
        int[] state = new int[coded.size()];
        for (int i = 0; i < coded.size(); i++) {
            depth(i, deps, depth, state);
        }
        int layers = 0;
        for (int d : depth) {
            layers = Math.max(layers, d + 1);
        }
        // order within layers: by name first, then sweeps that pull each node towards its neighbours
        List<List<Integer>> inLayer = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            inLayer.add(new ArrayList<>());
        }
        for (int i = 0; i < coded.size(); i++) {
            inLayer.get(depth[i]).add(i);
        }
        double[] position = new double[coded.size()];
        for (List<Integer> layer : inLayer) {
            place(layer, position);
        }
        List<List<Integer>> users = new ArrayList<>();
        for (int i = 0; i < coded.size(); i++) {
            users.add(new ArrayList<>());
        }
        for (int i = 0; i < coded.size(); i++) {
            for (int target : deps.get(i)) {
                users.get(target).add(i);
            }
        }
        for (int sweep = 0; sweep < 4; sweep++) {
            for (int l = 1; l < layers; l++) {
                reorder(inLayer.get(l), deps, position);
            }
            for (int l = layers - 2; l >= 0; l--) {
                reorder(inLayer.get(l), users, position);
            }
        }
        int perRow = Math.max(1, (WIDTH - GUTTER - MARGIN) / SLOT);
        long maxLines = 1;
        for (ModuleResult module : coded) {
            maxLines = Math.max(maxLines, module.sources().files().linesOfCode());
        }
        // layers from the top: the highest layer (what depends on most) first, the foundations last
        double[] x = new double[coded.size()];
        double[] y = new double[coded.size()];
        List<Layer> captions = new ArrayList<>();
        int top = MARGIN + 8;
        double plotLeft = GUTTER;
        double plotWidth = WIDTH - GUTTER - MARGIN;
        for (int l = layers - 1; l >= 0; l--) {
            List<Integer> layer = inLayer.get(l);
            int rows = (layer.size() + perRow - 1) / perRow;
            captions.add(new Layer(caption(l, layers), decimal(top + 18)));
            for (int k = 0; k < layer.size(); k++) {
                int row = k / perRow;
                int inRow = Math.min(perRow, layer.size() - row * perRow);
                // spread each row over the width, so lines fan out and names find room
                double slot = Math.min(MAX_SLOT, plotWidth / inRow);
                double start = plotLeft + (plotWidth - slot * inRow) / 2 + slot / 2;
                x[layer.get(k)] = start + (k % perRow) * slot;
                y[layer.get(k)] = top + 14 + row * ROW;
            }
            top += rows * ROW + LAYER_GAP;
        }
        List<Node> nodes = new ArrayList<>();
        List<double[]> taken = new ArrayList<>();
        Integer[] labelOrder = new Integer[coded.size()];
        for (int i = 0; i < coded.size(); i++) {
            labelOrder[i] = i;
        }
        // names of candidates and of the most shared modules first, where they fit
        java.util.Arrays.sort(
                labelOrder,
                Comparator.comparingInt((Integer i) -> -coded.get(i).verdict().ordinal())
                        .thenComparingInt(i -> -dependents[i])
                        .thenComparingInt(i -> i));
        String[] labels = new String[coded.size()];
        double[] radius = new double[coded.size()];
        for (int i = 0; i < coded.size(); i++) {
            radius[i] =
                    3 + 9 * Math.sqrt((double) coded.get(i).sources().files().linesOfCode() / maxLines);
            taken.add(new double[] {x[i] - radius[i], y[i] - radius[i], x[i] + radius[i], y[i] + radius[i]});
        }
        for (int i : labelOrder) {
            String name = coded.get(i).artifactId();
            double w = name.length() * CHAR_WIDTH;
            double[] box = {x[i] - w / 2 - 1, y[i] + LABEL_BELOW - 11, x[i] + w / 2 + 1, y[i] + LABEL_BELOW + 3};
            if (box[0] < 2 || box[2] > WIDTH - 2) {
                continue;
            }
            if (taken.stream().noneMatch(other -> FitChart.overlaps(box, other))) {
                taken.add(box);
                labels[i] = name;
            }
        }
        for (int i = 0; i < coded.size(); i++) {
            ModuleResult module = coded.get(i);
            double r = radius[i];
            nodes.add(new Node(
                    i,
                    module.artifactId(),
                    anchors.get(module),
                    Labels.verdict(module.verdict()),
                    decimal(x[i]),
                    decimal(y[i]),
                    decimal(r),
                    module.sources().files().linesOfCode(),
                    dependents[i],
                    labels[i],
                    decimal(y[i] + LABEL_BELOW)));
        }
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < coded.size(); i++) {
            for (int target : deps.get(i)) {
                boolean candidate = coded.get(i).verdict().isAtLeast(Verdict.CONSIDER)
                        || coded.get(target).verdict().isAtLeast(Verdict.CONSIDER);
                edges.add(new Edge(
                        i, target, decimal(x[i]), decimal(y[i]), decimal(x[target]), decimal(y[target]), candidate));
            }
        }
        edges.sort(Comparator.comparing(Edge::candidate)
                .thenComparingInt(Edge::from)
                .thenComparingInt(Edge::to));
        List<Node> apart = new ArrayList<>();
        apartModules.sort(Comparator.comparing(ModuleResult::artifactId).thenComparing(ModuleResult::path));
        int apartY = top + 10;
        for (int k = 0; k < apartModules.size(); k++) {
            ModuleResult module = apartModules.get(k);
            int row = k / perRow;
            apart.add(new Node(
                    k,
                    module.artifactId(),
                    anchors.get(module),
                    Labels.verdict(module.verdict()),
                    decimal(MARGIN + SLOT / 2.0 + (k % perRow) * SLOT),
                    decimal(apartY + 22 + row * 20),
                    "4",
                    0,
                    0,
                    null,
                    "0"));
        }
        int height = apartModules.isEmpty() ? top : apartY + 22 + ((apartModules.size() + perRow - 1) / perRow) * 20;
        return new ReactorGraph(WIDTH, Math.max(height, 60), nodes, edges, captions, apart, apartY);
    }

    private static String caption(int layer, int layers) {
        if (layers == 1) {
            return "No dependencies";
        }
        if (layer == 0) {
            return "Layer 1: the base";
        }
        return "Layer " + (layer + 1) + (layer == layers - 1 ? ": the top" : "");
    }

    /** Longest chain of dependencies below a module; a cycle (which Maven refuses) is cut. */
    private static int depth(int i, List<List<Integer>> deps, int[] depth, int[] state) {
        if (state[i] == 2 || state[i] == 1) {
            return depth[i];
        }
        state[i] = 1;
        int d = 0;
        for (int target : deps.get(i)) {
            if (state[target] != 1) {
                d = Math.max(d, depth(target, deps, depth, state) + 1);
            }
        }
        depth[i] = d;
        state[i] = 2;
        return d;
    }

    private static void place(List<Integer> layer, double[] position) {
        for (int k = 0; k < layer.size(); k++) {
            position[layer.get(k)] = layer.size() == 1 ? 0.5 : (double) k / (layer.size() - 1);
        }
    }

    private static void reorder(List<Integer> layer, List<List<Integer>> neighbours, double[] position) {
        Map<Integer, Double> centre = new LinkedHashMap<>();
        for (int node : layer) {
            List<Integer> around = neighbours.get(node);
            centre.put(
                    node,
                    around.isEmpty()
                            ? position[node]
                            : around.stream()
                                    .mapToDouble(n -> position[n])
                                    .average()
                                    .orElse(0));
        }
        layer.sort(
                Comparator.comparingDouble((Integer node) -> centre.get(node)).thenComparingInt(node -> node));
        place(layer, position);
    }
}
