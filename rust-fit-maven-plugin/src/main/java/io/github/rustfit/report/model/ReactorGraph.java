package io.github.rustfit.report.model;

import static io.github.rustfit.report.model.Labels.decimal;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.ModuleResult;
import java.util.ArrayList;
import java.util.Arrays;
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
     * The modules drawn without their name, where it would have covered a circle or another name:
     * candidates first, then by name. The page lists them under the drawing, so no module is found
     * only by hovering.
     */
    public List<Node> unlabelled() {
        return nodes.stream()
                .filter(node -> node.label() == null)
                .sorted(Comparator.comparingInt((Node node) -> -node.verdict().rank())
                        .thenComparing(Node::name))
                .toList();
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
     * @param labelX where the label is anchored across
     * @param labelY where the label's baseline is
     * @param labelAnchor how the label is anchored at {@code labelX}: start, middle or end
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
            String labelX,
            String labelY,
            String labelAnchor) {}

    /** A dependency from one node to another, drawn as a line. */
    public record Edge(int from, int to, String x1, String y1, String x2, String y2, boolean candidate) {}

    /** A layer's caption at height {@code y}. */
    public record Layer(String caption, String y) {}

    /**
     * The box a node's label covers, {x1, y1, x2, y2}, from its anchor point and baseline; null for
     * a node without one.
     */
    static double[] labelBox(Node node) {
        if (node.label() == null) {
            return null;
        }
        return box(
                Double.parseDouble(node.labelX()),
                Double.parseDouble(node.labelY()),
                node.label().length() * CHAR_WIDTH,
                node.labelAnchor());
    }

    private static double[] box(double x, double baseline, double width, String anchor) {
        double left = switch (anchor) {
            case "end" -> x - width;
            case "middle" -> x - width / 2;
            default -> x;
        };
        return new double[] {left - 1, baseline - 11, left + width + 1, baseline + 3};
    }

    /** Modules in the drawing's order: by name, then by path. */
    private static final Comparator<ModuleResult> BY_NAME =
            Comparator.comparing(ModuleResult::artifactId).thenComparing(ModuleResult::path);

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
        coded.sort(BY_NAME);
        apartModules.sort(BY_NAME);
        Dependencies deps = Dependencies.of(coded);
        List<List<Integer>> inLayer = layers(deps.on());
        order(inLayer, deps.on());
        int perRow = Math.max(1, (WIDTH - GUTTER - MARGIN) / SLOT);
        Placement placed = Placement.of(inLayer, coded.size(), perRow);
        double[] radius = radii(coded);
        Spot[] labels = labels(coded, deps.dependents(), placed, radius);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < coded.size(); i++) {
            nodes.add(node(i, coded.get(i), anchors, placed, radius[i], deps.dependents()[i], labels[i]));
        }
        List<Edge> edges = edges(coded, deps.on(), placed);
        int apartY = placed.bottom() + 10;
        List<Node> apart = apart(apartModules, anchors, apartY);
        int height = apartModules.isEmpty()
                ? placed.bottom()
                : (int) Math.ceil(Double.parseDouble(apart.get(apart.size() - 1).y())) + APART_ROW;
        return new ReactorGraph(WIDTH, Math.max(height, 60), nodes, edges, placed.captions(), apart, apartY);
    }

    /**
     * The reactor dependencies among the modules with code, by index.
     *
     * @param on for each module, the modules it depends on
     * @param dependents for each module, how many modules depend on it
     */
    private record Dependencies(List<List<Integer>> on, int[] dependents) {

        static Dependencies of(List<ModuleResult> coded) {
            Map<String, Integer> byName = new HashMap<>();
            for (int i = 0; i < coded.size(); i++) {
                byName.putIfAbsent(coded.get(i).artifactId(), i);
            }
            List<List<Integer>> on = new ArrayList<>();
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
                on.add(targets);
            }
            return new Dependencies(on, dependents);
        }
    }

    /** The modules of each layer, bottom layer first, each module one layer above its highest dependency. */
    private static List<List<Integer>> layers(List<List<Integer>> deps) {
        int[] depth = new int[deps.size()];
        int[] state = new int[deps.size()];
        for (int i = 0; i < deps.size(); i++) {
            depth(i, deps, depth, state);
        }
        int layers = 0;
        for (int d : depth) {
            layers = Math.max(layers, d + 1);
        }
        List<List<Integer>> inLayer = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            inLayer.add(new ArrayList<>());
        }
        for (int i = 0; i < deps.size(); i++) {
            inLayer.get(depth[i]).add(i);
        }
        return inLayer;
    }

    /** Orders within layers: by name first, then sweeps that pull each node towards its neighbours. */
    private static void order(List<List<Integer>> inLayer, List<List<Integer>> deps) {
        double[] position = new double[deps.size()];
        for (List<Integer> layer : inLayer) {
            place(layer, position);
        }
        List<List<Integer>> users = new ArrayList<>();
        for (int i = 0; i < deps.size(); i++) {
            users.add(new ArrayList<>());
        }
        for (int i = 0; i < deps.size(); i++) {
            for (int target : deps.get(i)) {
                users.get(target).add(i);
            }
        }
        int layers = inLayer.size();
        for (int sweep = 0; sweep < 4; sweep++) {
            for (int l = 1; l < layers; l++) {
                reorder(inLayer.get(l), deps, position);
            }
            for (int l = layers - 2; l >= 0; l--) {
                reorder(inLayer.get(l), users, position);
            }
        }
    }

    /**
     * Where each module with code is drawn, and the layers' captions.
     *
     * @param x centre across, by module index
     * @param y centre up, by module index
     * @param captions the layers' captions, top layer first
     * @param bottom where the lowest layer's rows end
     */
    private record Placement(double[] x, double[] y, List<Layer> captions, int bottom) {

        /** Layers from the top: the highest layer (what depends on most) first, the foundations last. */
        static Placement of(List<List<Integer>> inLayer, int count, int perRow) {
            double[] x = new double[count];
            double[] y = new double[count];
            List<Layer> captions = new ArrayList<>();
            int top = MARGIN + 8;
            double plotLeft = GUTTER;
            double plotWidth = WIDTH - GUTTER - MARGIN;
            int layers = inLayer.size();
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
            return new Placement(x, y, captions, top);
        }
    }

    /** Each module's radius, from its lines of code against the largest module's. */
    private static double[] radii(List<ModuleResult> coded) {
        long maxLines = 1;
        for (ModuleResult module : coded) {
            maxLines = Math.max(maxLines, module.sources().files().linesOfCode());
        }
        double[] radius = new double[coded.size()];
        for (int i = 0; i < coded.size(); i++) {
            radius[i] =
                    3 + 9 * Math.sqrt((double) coded.get(i).sources().files().linesOfCode() / maxLines);
        }
        return radius;
    }

    /** Where a label is drawn: its anchor point, baseline and anchor. */
    private record Spot(double x, double y, String anchor) {}

    /**
     * Each module's label, or null where it finds no room: names of candidates and of the most
     * shared modules first, each below its circle where that is free, else above it, beside it, or
     * below it running off to one side; never over a circle, another name or a layer's caption.
     */
    private static Spot[] labels(List<ModuleResult> coded, int[] dependents, Placement placed, double[] radius) {
        double[] x = placed.x();
        double[] y = placed.y();
        List<double[]> taken = new ArrayList<>();
        for (int i = 0; i < coded.size(); i++) {
            taken.add(new double[] {x[i] - radius[i], y[i] - radius[i], x[i] + radius[i], y[i] + radius[i]});
        }
        for (Layer layer : placed.captions()) {
            taken.add(new double[] {
                0,
                Double.parseDouble(layer.y()) - 11,
                4 + layer.caption().length() * 7.0,
                Double.parseDouble(layer.y()) + 3
            });
        }
        Integer[] labelOrder = new Integer[coded.size()];
        for (int i = 0; i < coded.size(); i++) {
            labelOrder[i] = i;
        }
        Arrays.sort(
                labelOrder,
                Comparator.comparingInt((Integer i) -> -coded.get(i).verdict().ordinal())
                        .thenComparingInt(i -> -dependents[i])
                        .thenComparingInt(i -> i));
        Spot[] labels = new Spot[coded.size()];
        for (int i : labelOrder) {
            double w = coded.get(i).artifactId().length() * CHAR_WIDTH;
            double r = radius[i];
            Spot[] spots = {
                new Spot(x[i], y[i] + LABEL_BELOW, "middle"),
                new Spot(x[i], y[i] - r - 5, "middle"),
                new Spot(x[i] + r + 4, y[i] + 4, "start"),
                new Spot(x[i] - r - 4, y[i] + 4, "end"),
                new Spot(x[i] - r, y[i] + LABEL_BELOW, "start"),
                new Spot(x[i] + r, y[i] + LABEL_BELOW, "end"),
                new Spot(x[i] - r, y[i] - r - 5, "start"),
                new Spot(x[i] + r, y[i] - r - 5, "end")
            };
            for (Spot spot : spots) {
                double[] box = box(spot.x(), spot.y(), w, spot.anchor());
                if (box[0] < 2 || box[2] > WIDTH - 2 || box[1] < 2 || box[3] > placed.bottom()) {
                    continue;
                }
                if (taken.stream().noneMatch(other -> FitChart.overlaps(box, other))) {
                    taken.add(box);
                    labels[i] = spot;
                    break;
                }
            }
        }
        return labels;
    }

    private static Node node(
            int i,
            ModuleResult module,
            Map<ModuleResult, String> anchors,
            Placement placed,
            double r,
            int dependents,
            Spot label) {
        double x = placed.x()[i];
        double y = placed.y()[i];
        return new Node(
                i,
                module.artifactId(),
                anchors.get(module),
                Labels.verdict(module.verdict()),
                decimal(x),
                decimal(y),
                decimal(r),
                module.sources().files().linesOfCode(),
                dependents,
                label == null ? null : module.artifactId(),
                label == null ? null : decimal(label.x()),
                label == null ? null : decimal(label.y()),
                label == null ? null : label.anchor());
    }

    /** One edge per dependency, those touching no candidate first, so candidates' edges are drawn on top. */
    private static List<Edge> edges(List<ModuleResult> coded, List<List<Integer>> deps, Placement placed) {
        double[] x = placed.x();
        double[] y = placed.y();
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
        return edges;
    }

    /** Height of a row of the strip of modules set apart. */
    static final int APART_ROW = 20;

    /**
     * The aggregators and modules without sources, each a small square named on its right, in rows
     * from {@code apartY} down, as many to a row as their names leave room for.
     */
    private static List<Node> apart(List<ModuleResult> apartModules, Map<ModuleResult, String> anchors, int apartY) {
        List<Node> apart = new ArrayList<>();
        double start = MARGIN + SLOT / 2.0;
        double x = start;
        double y = apartY + 22;
        for (int k = 0; k < apartModules.size(); k++) {
            ModuleResult module = apartModules.get(k);
            double advance = 8 + module.artifactId().length() * CHAR_WIDTH + 14;
            if (x > start && x + advance - 14 > WIDTH - MARGIN) {
                x = start;
                y += APART_ROW;
            }
            apart.add(new Node(
                    k,
                    module.artifactId(),
                    anchors.get(module),
                    Labels.verdict(module.verdict()),
                    decimal(x),
                    decimal(y),
                    "4",
                    0,
                    0,
                    module.artifactId(),
                    decimal(x + 8),
                    decimal(y + 4),
                    "start"));
            x += advance;
        }
        return apart;
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
