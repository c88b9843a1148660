package io.github.rustfit.report.model;

import static io.github.rustfit.report.model.Labels.decimal;

import io.github.rustfit.core.criteria.DecisionBasis;
import io.github.rustfit.core.criteria.DecisionBasis.Gate;
import io.github.rustfit.core.criteria.DecisionRule;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.report.model.ReportModel.VerdictView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The decision rule drawn as a map: one panel per branch of the rule (how many questions say yes,
 * and whether open questions could still make two), each panel's regions the rule's own regions,
 * its thresholds the rule's public constants, drawn and named. A module is placed by the numbers
 * the rule weighed for it ({@link DecisionBasis}), so it can only sit in the region of its verdict.
 *
 * <p>Across: strong-fit evidence per 1000 lines on a fixed square-root scale (the measure the
 * panel's threshold is compared with). Up: strong-fit evidence's share of all evidence, where
 * the middle line is the rule's "avoid evidence outweighs strong-fit" test.
 *
 * @param panels the rule's branches, in the rule's order
 * @param unplaced modules the chart cannot place (a result written before the rule's numbers were
 *     kept, or whose numbers disagree with its verdict), named rather than drawn
 */
public record FitChart(List<Panel> panels, List<ReportModel.ModuleRef> unplaced) {

    /** Each panel's drawing, in SVG user units. */
    public static final int WIDTH = 380;

    public static final int HEIGHT = 270;
    static final int LEFT = 44;
    static final int RIGHT = WIDTH - 14;
    static final int TOP = 26;
    static final int BOTTOM = HEIGHT - 36;

    /** The right end of the strong-fit axis; denser evidence is drawn at the edge. */
    public static final double X_MAX = Math.max(100, 5 * DecisionRule.STRONG_CANDIDATE_DENSITY);

    /** Least room between two tick labels, in user units. */
    static final double TICK_GAP = 26;

    /** Estimated width of one character of a point label (11 px text), generous so labels never touch. */
    static final double CHAR_WIDTH = 6.6;

    static final double LABEL_HEIGHT = 13;

    public FitChart {
        panels = List.copyOf(panels);
        unplaced = List.copyOf(unplaced);
    }

    /** The branches of the rule, each a panel. */
    public enum Branch {
        ALL_YES,
        TWO_YES,
        OPEN,
        CLOSED,
        GATED
    }

    /**
     * One branch of the rule.
     *
     * @param key a stable id, for the page
     * @param title what the branch is
     * @param rule the rule within it, in words with its thresholds
     * @param xLabel what the across axis measures in this panel
     * @param regions the rule's regions, which tile the plot
     * @param thresholds the rule's density thresholds that apply here
     * @param balance the "avoid outweighs strong-fit" line, or null where it does not apply
     * @param xTicks ticks across
     * @param yTicks ticks up
     * @param points the modules in this branch
     * @param labels the labels placed without overlap
     */
    public record Panel(
            String key,
            String title,
            String rule,
            String xLabel,
            List<Region> regions,
            List<Threshold> thresholds,
            Threshold balance,
            List<Tick> xTicks,
            List<Tick> yTicks,
            List<Point> points,
            List<Label> labels) {

        public Panel {
            regions = List.copyOf(regions);
            thresholds = List.copyOf(thresholds);
            xTicks = List.copyOf(xTicks);
            yTicks = List.copyOf(yTicks);
            points = List.copyOf(points);
            labels = List.copyOf(labels);
        }
    }

    /** A rectangle of the plot where the rule gives one verdict. */
    public record Region(String x, String y, String width, String height, VerdictView verdict) {}

    /** A threshold line from (x1,y1) to (x2,y2), with its name placed at (labelX, labelY). */
    public record Threshold(
            String x1, String y1, String x2, String y2, String label, String labelX, String labelY, String anchor) {}

    /** An axis tick at {@code position} (x for ticks across, y for ticks up). */
    public record Tick(String position, String label) {}

    /**
     * One module.
     *
     * @param name its artifactId
     * @param anchor its section's id
     * @param verdict its verdict
     * @param x where it is drawn across
     * @param y where it is drawn up
     * @param measure the value across, as the rule measured it, formatted
     * @param share strong-fit's share of the evidence, formatted as a percentage
     */
    public record Point(
            String name, String anchor, VerdictView verdict, String x, String y, String measure, String share) {}

    /** A point's label, placed where it overlaps no other label, point or threshold name. */
    public record Label(String text, String title, String x, String y, String anchor) {}

    /** Which branch of the rule a module's numbers fall in; null for a module without sources. */
    static Branch branch(DecisionBasis basis) {
        if (basis.gate() == Gate.NO_SOURCES) {
            return null;
        }
        if (basis.gate() != Gate.NONE) {
            return Branch.GATED;
        }
        if (basis.yes() == Question.values().length) {
            return Branch.ALL_YES;
        }
        if (basis.yes() >= DecisionRule.YES_FOR_CONSIDERATION) {
            return Branch.TWO_YES;
        }
        return basis.yes() + basis.open() >= DecisionRule.YES_FOR_CONSIDERATION ? Branch.OPEN : Branch.CLOSED;
    }

    /** The value across that the branch's threshold is compared with. */
    static double measure(Branch branch, DecisionBasis basis) {
        return branch == Branch.OPEN ? basis.core() : basis.judged();
    }

    /** Strong-fit's share of the evidence; one half, "neither outweighs", without any evidence. */
    static double share(DecisionBasis basis) {
        double all = basis.strongFit() + basis.avoid();
        return all == 0 ? 0.5 : basis.strongFit() / all;
    }

    /**
     * The verdict of the region a module's numbers fall in. The regions are drawn from this and
     * from nothing else; {@code FitChartTest} holds it to {@link DecisionRule#decide}.
     */
    static Verdict regionVerdict(Branch branch, DecisionBasis basis) {
        boolean avoidOutweighs = basis.avoid() > basis.strongFit();
        return switch (branch) {
            case ALL_YES -> avoidOutweighs ? Verdict.CONSIDER : Verdict.STRONG_CANDIDATE;
            case TWO_YES ->
                !avoidOutweighs && basis.judged() >= DecisionRule.STRONG_CANDIDATE_DENSITY
                        ? Verdict.STRONG_CANDIDATE
                        : Verdict.CONSIDER;
            case OPEN ->
                basis.strongFit() > basis.avoid() && basis.core() >= DecisionRule.CONSIDER_DENSITY
                        ? Verdict.CONSIDER
                        : Verdict.KEEP;
            case CLOSED, GATED -> Verdict.KEEP;
        };
    }

    static double px(double value) {
        double clamped = Math.max(0, Math.min(value, X_MAX));
        return LEFT + Math.sqrt(clamped / X_MAX) * (RIGHT - LEFT);
    }

    static double py(double share) {
        return BOTTOM - share * (BOTTOM - TOP);
    }

    /** Builds the chart of the modules with something to judge. */
    static FitChart of(
            List<ModuleResult> modules, Map<ModuleResult, String> anchors, Map<ModuleResult, Double> weight) {
        List<List<ModuleResult>> byBranch = new ArrayList<>();
        for (int i = 0; i < Branch.values().length; i++) {
            byBranch.add(new ArrayList<>());
        }
        List<ReportModel.ModuleRef> unplaced = new ArrayList<>();
        for (ModuleResult module : modules) {
            if (module.verdict() == Verdict.NOT_ANALYZED) {
                continue;
            }
            DecisionBasis basis = module.judgement().basis();
            Branch branch = basis == null ? null : branch(basis);
            if (branch == null || regionVerdict(branch, basis) != module.verdict()) {
                unplaced.add(new ReportModel.ModuleRef(
                        module.artifactId(), anchors.get(module), Labels.verdict(module.verdict())));
                continue;
            }
            byBranch.get(branch.ordinal()).add(module);
        }
        List<Panel> panels = new ArrayList<>();
        for (Branch branch : Branch.values()) {
            List<ModuleResult> members = new ArrayList<>(byBranch.get(branch.ordinal()));
            members.sort(
                    Comparator.comparingInt((ModuleResult m) -> -m.verdict().ordinal())
                            .thenComparing(m -> -weight.getOrDefault(m, 0.0))
                            .thenComparing(ModuleResult::artifactId)
                            .thenComparing(ModuleResult::path));
            panels.add(panel(branch, members, anchors));
        }
        return new FitChart(panels, unplaced);
    }

    private static Panel panel(Branch branch, List<ModuleResult> members, Map<ModuleResult, String> anchors) {
        String strong = Labels.threshold(DecisionRule.STRONG_CANDIDATE_DENSITY);
        String consider = Labels.threshold(DecisionRule.CONSIDER_DENSITY);
        int two = DecisionRule.YES_FOR_CONSIDERATION;
        int all = Question.values().length;
        String title;
        String rule;
        String xLabel = "strong-fit per 1000 lines, whole module weighed with its core";
        switch (branch) {
            case ALL_YES -> {
                title = "All " + all + " questions say yes";
                rule = "Strong candidate, unless avoid evidence outweighs strong-fit (then consider).";
            }
            case TWO_YES -> {
                title = two + " questions say yes";
                rule = "Strong candidate from " + strong + " strong-fit per 1000 lines, unless avoid evidence"
                        + " outweighs it; otherwise consider.";
            }
            case OPEN -> {
                title = "Fewer than " + two + " yes, open questions could make " + two;
                rule = "Consider from " + consider + " per 1000 lines in its densest packages when strong-fit"
                        + " outweighs avoid evidence; otherwise keep.";
                xLabel = "strong-fit per 1000 lines in its densest packages";
            }
            case CLOSED -> {
                title = "Fewer than " + two + " yes, and not enough open to make " + two;
                rule = "Keep on the JVM, whatever the evidence.";
            }
            default -> {
                title = "Examples, prototypes, benchmarks, research";
                rule = "Kept on the JVM, whatever the questions and the evidence say.";
            }
        }
        List<Region> regions = new ArrayList<>();
        List<Threshold> thresholds = new ArrayList<>();
        Threshold balance = null;
        double mid = py(0.5);
        double xs = px(DecisionRule.STRONG_CANDIDATE_DENSITY);
        double xc = px(DecisionRule.CONSIDER_DENSITY);
        switch (branch) {
            case ALL_YES -> {
                regions.add(region(LEFT, TOP, RIGHT, mid, Verdict.STRONG_CANDIDATE));
                regions.add(region(LEFT, mid, RIGHT, BOTTOM, Verdict.CONSIDER));
            }
            case TWO_YES -> {
                regions.add(region(xs, TOP, RIGHT, mid, Verdict.STRONG_CANDIDATE));
                regions.add(region(LEFT, TOP, xs, mid, Verdict.CONSIDER));
                regions.add(region(LEFT, mid, RIGHT, BOTTOM, Verdict.CONSIDER));
                thresholds.add(vertical(xs, "strong candidate: " + strong));
            }
            case OPEN -> {
                regions.add(region(xc, TOP, RIGHT, mid, Verdict.CONSIDER));
                regions.add(region(LEFT, TOP, xc, mid, Verdict.KEEP));
                regions.add(region(LEFT, mid, RIGHT, BOTTOM, Verdict.KEEP));
                thresholds.add(vertical(xc, "consider: " + consider));
            }
            default -> regions.add(region(LEFT, TOP, RIGHT, BOTTOM, Verdict.KEEP));
        }
        if (branch == Branch.ALL_YES || branch == Branch.TWO_YES || branch == Branch.OPEN) {
            balance = new Threshold(
                    decimal(LEFT),
                    decimal(mid),
                    decimal(RIGHT),
                    decimal(mid),
                    "strong-fit = avoid",
                    decimal(RIGHT - 4),
                    decimal(mid - 4),
                    "end");
        }
        List<Tick> xTicks = new ArrayList<>();
        for (double value : xTickValues()) {
            xTicks.add(new Tick(decimal(px(value)), Labels.threshold(value)));
        }
        List<Tick> yTicks = List.of(
                new Tick(decimal(py(0)), "0%"), new Tick(decimal(py(0.5)), "50%"), new Tick(decimal(py(1)), "100%"));

        List<Point> points = new ArrayList<>();
        List<double[]> occupied = new ArrayList<>();
        // the names of the thresholds and the balance line are drawn first: labels keep off them
        for (Threshold threshold : thresholds) {
            occupied.add(box(threshold.labelX(), threshold.labelY(), threshold.label(), threshold.anchor()));
        }
        if (balance != null) {
            occupied.add(box(balance.labelX(), balance.labelY(), balance.label(), balance.anchor()));
        }
        List<double[]> centres = new ArrayList<>();
        for (ModuleResult module : members) {
            DecisionBasis basis = module.judgement().basis();
            double x = px(measure(branch, basis));
            double y = py(share(basis));
            centres.add(new double[] {x, y});
            points.add(new Point(
                    module.artifactId(),
                    anchors.get(module),
                    Labels.verdict(module.verdict()),
                    decimal(x),
                    decimal(y),
                    decimal(measure(branch, basis)),
                    String.format(Locale.ROOT, "%.0f%%", share(basis) * 100)));
        }
        List<Label> labels = labels(points, centres, occupied);
        return new Panel(
                branch.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                title,
                rule,
                xLabel,
                regions,
                thresholds,
                balance,
                xTicks,
                yTicks,
                points,
                labels);
    }

    /**
     * Labels in the points' order (strongest verdict, heaviest evidence first), each where it
     * overlaps nothing drawn so far: right of its point, else left, above or below. Points drawn at
     * nearly the same place share one label naming the first and counting the rest; a point whose
     * label finds no room keeps its name in its tooltip.
     */
    private static List<Label> labels(List<Point> points, List<double[]> centres, List<double[]> occupied) {
        List<Label> labels = new ArrayList<>();
        boolean[] clustered = new boolean[points.size()];
        List<double[]> dots = new ArrayList<>();
        for (double[] c : centres) {
            dots.add(new double[] {c[0] - 5, c[1] - 5, c[0] + 5, c[1] + 5});
        }
        for (int i = 0; i < points.size(); i++) {
            if (clustered[i]) {
                continue;
            }
            double[] c = centres.get(i);
            List<String> names = new ArrayList<>(List.of(points.get(i).name()));
            for (int j = i + 1; j < points.size(); j++) {
                double[] d = centres.get(j);
                if (!clustered[j] && Math.abs(c[0] - d[0]) < 4 && Math.abs(c[1] - d[1]) < 4) {
                    clustered[j] = true;
                    names.add(points.get(j).name());
                }
            }
            String text = names.size() == 1 ? names.get(0) : names.get(0) + " +" + (names.size() - 1);
            double width = text.length() * CHAR_WIDTH;
            double[][] options = {
                {c[0] + 8, c[1] + 4, 0}, {c[0] - 8, c[1] + 4, 1}, {c[0], c[1] - 9, 2}, {c[0], c[1] + 16, 2}
            };
            for (double[] option : options) {
                String anchor = option[2] == 0 ? "start" : option[2] == 1 ? "end" : "middle";
                double[] box = box(option[0], option[1], width, anchor);
                if (box[0] < 2 || box[2] > WIDTH - 2 || box[1] < TOP - 2 || box[3] > BOTTOM + 2) {
                    continue;
                }
                if (occupied.stream().anyMatch(other -> overlaps(box, other))
                        || dots.stream().anyMatch(other -> overlaps(box, other))) {
                    continue;
                }
                occupied.add(box);
                labels.add(new Label(text, String.join(", ", names), decimal(option[0]), decimal(option[1]), anchor));
                break;
            }
        }
        return labels;
    }

    private static double[] box(String x, String y, String text, String anchor) {
        return box(Double.parseDouble(x), Double.parseDouble(y), text.length() * CHAR_WIDTH, anchor);
    }

    /** The box a label's text covers, from its baseline point and anchor: {x1, y1, x2, y2}. */
    static double[] box(double x, double y, double width, String anchor) {
        double left = switch (anchor) {
            case "end" -> x - width;
            case "middle" -> x - width / 2;
            default -> x;
        };
        return new double[] {left - 1, y - LABEL_HEIGHT + 2, left + width + 1, y + 3};
    }

    /** True when two boxes overlap. */
    static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    /** Round values across, the rule's thresholds always among them, none closer than {@link #TICK_GAP}. */
    static List<Double> xTickValues() {
        List<Double> chosen = new ArrayList<>(List.of(0.0, X_MAX));
        List<Double> wanted =
                new ArrayList<>(List.of(DecisionRule.CONSIDER_DENSITY, DecisionRule.STRONG_CANDIDATE_DENSITY));
        for (double value : new double[] {50, 10, 2, 5, 1}) {
            wanted.add(value);
        }
        for (double value : wanted) {
            if (value > 0
                    && value < X_MAX
                    && chosen.stream().allMatch(other -> Math.abs(px(other) - px(value)) >= TICK_GAP)) {
                chosen.add(value);
            }
        }
        chosen.sort(Double::compare);
        return chosen;
    }

    private static Region region(double x1, double y1, double x2, double y2, Verdict verdict) {
        return new Region(decimal(x1), decimal(y1), decimal(x2 - x1), decimal(y2 - y1), Labels.verdict(verdict));
    }

    private static Threshold vertical(double x, String label) {
        // named above the plot, where no point can be drawn
        return new Threshold(
                decimal(x),
                decimal(TOP - 4),
                decimal(x),
                decimal(BOTTOM),
                label,
                decimal(x),
                decimal(TOP - 10),
                "middle");
    }
}
