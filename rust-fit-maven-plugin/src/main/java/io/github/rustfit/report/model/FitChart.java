package io.github.rustfit.report.model;

import static io.github.rustfit.report.model.Labels.decimal;

import io.github.rustfit.core.criteria.DecisionBasis;
import io.github.rustfit.core.criteria.DecisionRule;
import io.github.rustfit.core.criteria.DecisionRule.Ground;
import io.github.rustfit.core.criteria.Figures;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.report.model.ReportModel.VerdictView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The decision rule drawn as a map: one panel per branch of the rule (what the module is, then how
 * many questions say yes and what backs them), each panel's regions the rule's own regions, its
 * thresholds the rule's public constants, drawn and named. A module is placed by the numbers the
 * rule weighed for it ({@link DecisionBasis}), so it can only sit in the region of its verdict.
 *
 * <p>Across: the density the panel's threshold is compared with, per 1000 lines, on a fixed
 * square-root scale (strong-fit evidence, in the whole module weighed with its core or in its
 * densest files; for client libraries, their byte-level and network-facing code). Up: strong-fit
 * evidence's share of all evidence, where the middle line is the rule's "avoid evidence outweighs
 * strong-fit" test.
 *
 * @param panels the rule's branches, strongest verdicts first, the modules settled by what they are
 *     last
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

    /**
     * The right end of the axis across, four times the rule's highest density threshold at least;
     * denser evidence is drawn at the edge.
     */
    public static final double X_MAX = Math.max(
            100,
            4
                    * Math.max(
                            DecisionRule.STRONG_CANDIDATE_DENSITY,
                            Math.max(DecisionRule.STRONG_CORE_DENSITY, DecisionRule.OWN_ENGINE_DENSITY)));

    /** Least room between two tick labels, in user units. */
    static final double TICK_GAP = 26;

    /** Estimated width of one character of a point label (11 px text), generous so labels never touch. */
    static final double CHAR_WIDTH = 6.6;

    /** Where the percentages up the side end, just left of the plot (the template draws them there). */
    static final int Y_TICK_END = LEFT - 4;

    static final double LABEL_HEIGHT = 13;

    public FitChart {
        panels = List.copyOf(panels);
        unplaced = List.copyOf(unplaced);
    }

    /** The branches of the rule, each a panel, in the order the page shows them. */
    public enum Branch {
        /** Two or more yes, nothing the module is caps it. */
        TWO_YES,
        /** Two or more yes, capped at consider by what the module is. */
        CAPPED,
        /** Two or more yes, and a server or parser by the shape of its code. */
        STRONG_KIND,
        /** One yes, to a question the code itself answers. */
        ONE_YES_CODE,
        /** One yes, for shared infrastructure only, over byte-level or network-facing code of its own. */
        ONE_YES_SHARED,
        /** One yes, for shared infrastructure only, over coordination code alone. */
        ONE_YES_SHARED_COORDINATION,
        /** No yes, some questions open. */
        NO_YES_OPEN,
        /** No yes and every question open, over byte-level or network-facing code of its own. */
        NO_YES_ALL_OPEN,
        /** No yes and nothing open. */
        NO_YES_CLOSED,
        /** Too few yes for any other branch, but a codec of the module's own. */
        OWN_CODEC,
        /** Client libraries without an engine of their own. */
        CLIENT,
        /** Kept for what the module is, whatever the questions and the evidence say. */
        KEPT
    }

    /**
     * One branch of the rule.
     *
     * @param key a stable id, for the page
     * @param title what the branch is
     * @param rule the rule within it, in words with its thresholds
     * @param xLabel what the across axis measures in this panel
     * @param measure the across measure in a few words, for tooltips
     * @param regions the rule's regions, which tile the plot
     * @param thresholds the rule's density thresholds that apply here
     * @param balance the "avoid outweighs strong-fit" line, or null where it does not apply
     * @param xTicks ticks across
     * @param yTicks ticks up
     * @param points the modules in this branch
     * @param labels the labels placed without overlap
     * @param unnamed the modules no label names (no room beside their point, or counted in a shared
     *     label's "+n"), strongest verdict first: the page lists them under the panel
     */
    public record Panel(
            String key,
            String title,
            String rule,
            String xLabel,
            String measure,
            List<Region> regions,
            List<Threshold> thresholds,
            Threshold balance,
            List<Tick> xTicks,
            List<Tick> yTicks,
            List<Point> points,
            List<Label> labels,
            List<Point> unnamed) {

        public Panel {
            regions = List.copyOf(regions);
            thresholds = List.copyOf(thresholds);
            xTicks = List.copyOf(xTicks);
            yTicks = List.copyOf(yTicks);
            points = List.copyOf(points);
            labels = List.copyOf(labels);
            unnamed = List.copyOf(unnamed);
        }
    }

    /**
     * A rectangle of the plot where the rule gives one verdict; a null verdict marks where the rule
     * gives none in this branch (the module is judged in another panel), which no point can occupy.
     */
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
     * @param what what the module is, where that settled or capped its verdict; null otherwise
     */
    public record Point(
            String name,
            String anchor,
            VerdictView verdict,
            String x,
            String y,
            String measure,
            String share,
            String what) {}

    /**
     * A point's label, placed where it overlaps no other label, point or threshold name.
     *
     * @param text what it reads: the names of {@code named}, and how many more points share the place
     * @param title every point at the place, for the tooltip
     * @param named the points it names in full
     * @param leader a line from the point to a label set further off, or null beside its point
     */
    public record Label(
            String text, String title, String x, String y, String anchor, List<String> named, Leader leader) {

        public Label {
            named = List.copyOf(named);
        }
    }

    /** A line from a point to its label, where the label could not sit beside it. */
    public record Leader(String x1, String y1, String x2, String y2) {}

    /**
     * Which branch of the rule a module's basis falls in; null for a module without sources, or
     * whose result does not say what its verdict rests on. What the module is (the ground of a
     * verdict settled by it) picks the branch first; the yes answers pick it otherwise.
     */
    static Branch branch(DecisionBasis basis) {
        Ground ground = basis.ground();
        if (ground == null || ground == Ground.NO_SOURCES) {
            return null;
        }
        switch (ground) {
            case NON_PRODUCTION, RESEARCH, KEPT_BY_TRAIT -> {
                return Branch.KEPT;
            }
            case NO_ENGINE_OF_ITS_OWN -> {
                return Branch.CLIENT;
            }
            case CAPPED_BY_TRAIT -> {
                return Branch.CAPPED;
            }
            case STRONG_KIND -> {
                return Branch.STRONG_KIND;
            }
            case CODEC_OF_ITS_OWN -> {
                return Branch.OWN_CODEC;
            }
            default -> {
                // the rule weighed the answers and the evidence
            }
        }
        if (basis.yes() >= DecisionRule.YES_FOR_CONSIDERATION) {
            return Branch.TWO_YES;
        }
        if (basis.yes() == 1) {
            if (basis.yesAboutTheCode()) {
                return Branch.ONE_YES_CODE;
            }
            return basis.engine() < DecisionRule.BYTE_WORK_DENSITY
                    ? Branch.ONE_YES_SHARED_COORDINATION
                    : Branch.ONE_YES_SHARED;
        }
        if (basis.open() == Question.values().length && basis.engine() >= DecisionRule.BYTE_WORK_DENSITY) {
            return Branch.NO_YES_ALL_OPEN;
        }
        return basis.open() > 0 ? Branch.NO_YES_OPEN : Branch.NO_YES_CLOSED;
    }

    /** The value across that the branch's threshold is compared with. */
    static double measure(Branch branch, DecisionBasis basis) {
        return switch (branch) {
            case CLIENT -> basis.engine();
            case ONE_YES_CODE, ONE_YES_SHARED, ONE_YES_SHARED_COORDINATION, NO_YES_OPEN, NO_YES_ALL_OPEN ->
                basis.core();
            default -> basis.judged();
        };
    }

    /** The thresholds the branch's rule compares its measure across with, the ones its panel draws. */
    static double[] cuts(Branch branch) {
        return switch (branch) {
            case TWO_YES -> new double[] {DecisionRule.STRONG_CANDIDATE_DENSITY};
            case ONE_YES_SHARED, NO_YES_ALL_OPEN -> new double[] {DecisionRule.CONSIDER_DENSITY};
            case ONE_YES_SHARED_COORDINATION, NO_YES_OPEN -> new double[] {DecisionRule.STRONG_CORE_DENSITY};
            case CLIENT -> new double[] {DecisionRule.OWN_ENGINE_DENSITY};
            default -> new double[0];
        };
    }

    /** Strong-fit's share of the evidence; one half, "neither outweighs", without any evidence. */
    static double share(DecisionBasis basis) {
        double all = basis.strongFit() + basis.avoid();
        return all == 0 ? 0.5 : basis.strongFit() / all;
    }

    /**
     * The verdict of the region a module's numbers fall in, or null where the branch gives none.
     * The regions are drawn from this and from nothing else; {@code FitChartTest} holds it to
     * {@link DecisionRule#decide}.
     */
    static Verdict regionVerdict(Branch branch, DecisionBasis basis) {
        boolean strongFitOutweighs = basis.strongFit() > basis.avoid();
        return switch (branch) {
            case TWO_YES ->
                basis.avoid() <= basis.strongFit() && basis.judged() >= DecisionRule.STRONG_CANDIDATE_DENSITY
                        ? Verdict.STRONG_CANDIDATE
                        : Verdict.CONSIDER;
            case CAPPED -> Verdict.CONSIDER;
            case STRONG_KIND -> Verdict.STRONG_CANDIDATE;
            case ONE_YES_CODE, OWN_CODEC -> strongFitOutweighs ? Verdict.CONSIDER : Verdict.KEEP;
            case ONE_YES_SHARED, NO_YES_ALL_OPEN ->
                strongFitOutweighs && basis.core() >= DecisionRule.CONSIDER_DENSITY ? Verdict.CONSIDER : Verdict.KEEP;
            case ONE_YES_SHARED_COORDINATION, NO_YES_OPEN ->
                strongFitOutweighs && basis.core() >= DecisionRule.STRONG_CORE_DENSITY
                        ? Verdict.CONSIDER
                        : Verdict.KEEP;
            case CLIENT -> basis.engine() < DecisionRule.OWN_ENGINE_DENSITY ? Verdict.KEEP : null;
            case NO_YES_CLOSED, KEPT -> Verdict.KEEP;
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

    private static final String JUDGED = "strong-fit per 1000 lines, whole module weighed with its core";
    private static final String CORE = "strong-fit per 1000 lines in its densest files";
    private static final String ENGINE = "byte-level and network-facing per 1000 lines, weighed with its core";

    private static Panel panel(Branch branch, List<ModuleResult> members, Map<ModuleResult, String> anchors) {
        List<Region> regions = new ArrayList<>();
        List<Threshold> thresholds = new ArrayList<>();
        drawRule(branch, regions, thresholds);
        Threshold balance = balance(branch);
        List<Tick> xTicks = new ArrayList<>();
        for (double value : xTickValues()) {
            xTicks.add(new Tick(decimal(px(value)), Labels.threshold(value)));
        }
        List<Tick> yTicks = List.of(
                new Tick(decimal(py(0)), "0%"), new Tick(decimal(py(0.5)), "50%"), new Tick(decimal(py(1)), "100%"));

        List<Point> points = new ArrayList<>();
        List<double[]> occupied = new ArrayList<>();
        // the percentages up the side and the names of the thresholds and the balance line are drawn
        // first: labels keep off them
        for (Tick tick : yTicks) {
            occupied.add(yTickBox(tick));
        }
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
                    Figures.density(measure(branch, basis), cuts(branch)),
                    balance == null ? Figures.percent(share(basis)) : Figures.percent(share(basis), 0.5),
                    what(basis)));
        }
        List<Label> labels = labels(points, centres, occupied);
        return new Panel(
                branch.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                title(branch),
                rule(branch),
                xLabel(branch),
                measureName(branch),
                regions,
                thresholds,
                balance,
                xTicks,
                yTicks,
                points,
                labels,
                unnamed(points, labels));
    }

    /** The points no label names, in the points' order: strongest verdict first. */
    private static List<Point> unnamed(List<Point> points, List<Label> labels) {
        java.util.Set<String> named = new java.util.HashSet<>();
        labels.forEach(label -> named.addAll(label.named()));
        return points.stream().filter(point -> !named.contains(point.name())).toList();
    }

    /** What the branch is, as the panel's title. */
    private static String title(Branch branch) {
        int two = DecisionRule.YES_FOR_CONSIDERATION;
        return switch (branch) {
            case TWO_YES -> two + " or more questions say yes";
            case CAPPED -> two + " or more yes, capped by what the module is";
            case STRONG_KIND -> two + " or more yes, a server or parser by its shape";
            case ONE_YES_CODE -> "1 yes, about the code itself";
            case ONE_YES_SHARED -> "1 yes, for shared infrastructure only";
            case ONE_YES_SHARED_COORDINATION -> "1 yes, for shared infrastructure, over coordination code";
            case NO_YES_OPEN -> "No yes, questions open";
            case NO_YES_ALL_OPEN -> "No yes and no no, over byte-level code";
            case NO_YES_CLOSED -> "No yes, no question open";
            case OWN_CODEC -> "Too few yes, a codec of its own";
            case CLIENT -> "Client libraries";
            case KEPT -> "Kept for what the module is";
        };
    }

    /** The rule within the branch, in words with its thresholds. */
    private static String rule(Branch branch) {
        String strong = Labels.threshold(DecisionRule.STRONG_CANDIDATE_DENSITY);
        String engine = Labels.threshold(DecisionRule.OWN_ENGINE_DENSITY);
        return switch (branch) {
            case TWO_YES ->
                "Strong candidate from " + strong + " strong-fit per 1000 lines, unless avoid evidence"
                        + " outweighs it; otherwise consider.";
            case CAPPED -> "Consider at most: " + names(DecisionRule.CAPPING) + ".";
            case STRONG_KIND ->
                "Strong candidate below " + strong + " strong-fit per 1000 lines too, when its serve-until-stopped"
                        + " loops and input-driven state machines reach "
                        + Labels.threshold(DecisionRule.STRONG_KIND_DENSITY) + " per 1000 lines and memory safety"
                        + " does not answer no.";
            case ONE_YES_CODE ->
                "Memory safety or tail latency says yes: consider when strong-fit outweighs avoid evidence;"
                        + " otherwise keep.";
            case ONE_YES_SHARED ->
                "Consider from " + Labels.threshold(DecisionRule.CONSIDER_DENSITY) + " strong-fit per 1000 lines"
                        + " in its densest files, when strong-fit outweighs avoid evidence; otherwise keep.";
            case ONE_YES_SHARED_COORDINATION ->
                "No byte-level or network-facing code (under " + Labels.threshold(DecisionRule.BYTE_WORK_DENSITY)
                        + " per 1000 lines): consider only from " + Labels.threshold(DecisionRule.STRONG_CORE_DENSITY)
                        + " strong-fit per 1000 lines in its densest files, when strong-fit outweighs avoid evidence;"
                        + " otherwise keep.";
            case NO_YES_OPEN ->
                "Consider only from " + Labels.threshold(DecisionRule.STRONG_CORE_DENSITY) + " strong-fit per"
                        + " 1000 lines in its densest files, when strong-fit outweighs avoid evidence: open"
                        + " questions alone never call for a review.";
            case NO_YES_ALL_OPEN ->
                "Nothing answered either way, over byte-level or network-facing code (from "
                        + Labels.threshold(DecisionRule.BYTE_WORK_DENSITY) + " per 1000 lines): consider from "
                        + Labels.threshold(DecisionRule.CONSIDER_DENSITY) + " strong-fit per 1000 lines in its"
                        + " densest files, when strong-fit outweighs avoid evidence; otherwise keep.";
            case NO_YES_CLOSED -> "Keep on the JVM, whatever the evidence.";
            case OWN_CODEC ->
                "Codec-shaped types and bit-level byte work of its own, where no other branch calls for a look:"
                        + " consider when strong-fit outweighs avoid evidence.";
            case CLIENT ->
                "Kept below " + engine + " per 1000 lines of byte-level and network-facing code (an engine"
                        + " of their own), unless they write a codec of their own; from " + engine + ", or with"
                        + " one, judged like any module, in the panel of their yes answers.";
            case KEPT ->
                "Examples, benchmarks, test support and research code; " + names(DecisionRule.KEEPING)
                        + ": kept on the JVM whatever the questions and the evidence say.";
        };
    }

    /** What the axis across measures in the branch's panel. */
    private static String xLabel(Branch branch) {
        return switch (branch) {
            case ONE_YES_CODE, ONE_YES_SHARED, ONE_YES_SHARED_COORDINATION, NO_YES_OPEN, NO_YES_ALL_OPEN -> CORE;
            case CLIENT -> ENGINE;
            default -> JUDGED;
        };
    }

    /** The measure across in a few words, for tooltips. */
    private static String measureName(Branch branch) {
        return branch == Branch.CLIENT ? "byte-level and network-facing per 1000 lines" : "strong-fit per 1000 lines";
    }

    /** The rule's regions of the branch, and its density thresholds drawn and named. */
    private static void drawRule(Branch branch, List<Region> regions, List<Threshold> thresholds) {
        double mid = py(0.5);
        switch (branch) {
            case TWO_YES -> {
                double x = px(DecisionRule.STRONG_CANDIDATE_DENSITY);
                regions.add(region(x, TOP, RIGHT, mid, Verdict.STRONG_CANDIDATE));
                regions.add(region(LEFT, TOP, x, mid, Verdict.CONSIDER));
                regions.add(region(LEFT, mid, RIGHT, BOTTOM, Verdict.CONSIDER));
                thresholds.add(
                        vertical(x, "strong candidate: " + Labels.threshold(DecisionRule.STRONG_CANDIDATE_DENSITY)));
            }
            case CAPPED -> regions.add(region(LEFT, TOP, RIGHT, BOTTOM, Verdict.CONSIDER));
            case STRONG_KIND -> regions.add(region(LEFT, TOP, RIGHT, BOTTOM, Verdict.STRONG_CANDIDATE));
            case ONE_YES_CODE, OWN_CODEC -> {
                regions.add(region(LEFT, TOP, RIGHT, mid, Verdict.CONSIDER));
                regions.add(region(LEFT, mid, RIGHT, BOTTOM, Verdict.KEEP));
            }
            case ONE_YES_SHARED, NO_YES_ALL_OPEN ->
                stepAt(
                        regions,
                        thresholds,
                        DecisionRule.CONSIDER_DENSITY,
                        "consider: " + Labels.threshold(DecisionRule.CONSIDER_DENSITY));
            case ONE_YES_SHARED_COORDINATION, NO_YES_OPEN ->
                stepAt(
                        regions,
                        thresholds,
                        DecisionRule.STRONG_CORE_DENSITY,
                        "strong core: " + Labels.threshold(DecisionRule.STRONG_CORE_DENSITY));
            case CLIENT -> {
                double x = px(DecisionRule.OWN_ENGINE_DENSITY);
                regions.add(region(LEFT, TOP, x, BOTTOM, Verdict.KEEP));
                regions.add(new Region(decimal(x), decimal(TOP), decimal(RIGHT - x), decimal(BOTTOM - TOP), null));
                thresholds.add(vertical(x, "own engine: " + Labels.threshold(DecisionRule.OWN_ENGINE_DENSITY)));
            }
            default -> regions.add(region(LEFT, TOP, RIGHT, BOTTOM, Verdict.KEEP));
        }
    }

    /** The "strong-fit = avoid" line, where the branch's rule weighs avoid evidence against strong-fit. */
    private static Threshold balance(Branch branch) {
        if (branch != Branch.TWO_YES
                && branch != Branch.ONE_YES_CODE
                && branch != Branch.OWN_CODEC
                && branch != Branch.ONE_YES_SHARED
                && branch != Branch.ONE_YES_SHARED_COORDINATION
                && branch != Branch.NO_YES_OPEN
                && branch != Branch.NO_YES_ALL_OPEN) {
            return null;
        }
        double mid = py(0.5);
        return new Threshold(
                decimal(LEFT),
                decimal(mid),
                decimal(RIGHT),
                decimal(mid),
                "strong-fit = avoid",
                decimal(RIGHT - 4),
                decimal(mid - 4),
                "end");
    }

    /** Consider right of {@code threshold} where strong-fit outweighs avoid evidence, keep elsewhere. */
    private static void stepAt(List<Region> regions, List<Threshold> thresholds, double threshold, String label) {
        double x = px(threshold);
        double mid = py(0.5);
        regions.add(region(x, TOP, RIGHT, mid, Verdict.CONSIDER));
        regions.add(region(LEFT, TOP, x, mid, Verdict.KEEP));
        regions.add(region(LEFT, mid, RIGHT, BOTTOM, Verdict.KEEP));
        thresholds.add(vertical(x, label));
    }

    /** What the module is, where that settled or capped its verdict. */
    private static String what(DecisionBasis basis) {
        if (basis.ground() == Ground.NON_PRODUCTION) {
            return "example, demo, prototype, benchmark or test-support code";
        }
        if (basis.ground() == Ground.RESEARCH) {
            return "machine-learning or numerical research code";
        }
        return basis.trait() == null ? null : basis.trait().phrase();
    }

    /** The traits of one of the rule's sets, in a few words each. */
    private static String names(java.util.Set<Trait> traits) {
        return traits.stream()
                .map(trait -> switch (trait) {
                    case COMMAND_LINE_TOOL -> "tools";
                    case FRAMEWORK_ADAPTER -> "adapters";
                    case EXPORTER -> "exporters";
                    case PACKAGING -> "packaging";
                    case LEGACY -> "legacy code";
                    case GENERATED -> "generated code";
                    case NATIVE_GLUE -> "JNI glue";
                    case DELEGATED_DECODING -> "decoding handed to another project";
                    case EXPERIMENTAL -> "experimental code";
                    case SHARED_UTILITIES -> "grab-bags of utilities";
                    default -> trait.phrase();
                })
                .collect(Collectors.joining(", "));
    }

    /**
     * Labels in the points' order (strongest verdict, heaviest evidence first), each where it
     * overlaps nothing drawn so far (the percentages up the side included): right of its point, else
     * left, above or below; where none of those is free, a little further off, joined to its point by
     * a line. Points drawn at nearly the same place share one label naming them all where that fits,
     * else each is named on its own; more than {@link #MAX_NAMED_TOGETHER} share one naming the first
     * and counting the rest. A point no label names is listed under the panel ({@link Panel#unnamed}).
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
            // every name in one label where a few share the place, else each in its own, else the
            // first named and the rest counted
            List<String> named = names.size() <= MAX_NAMED_TOGETHER ? names : names.subList(0, 1);
            Label label = place(c, names, named, occupied, dots);
            if (label != null) {
                labels.add(label);
            } else if (names.size() > 1 && names.size() <= MAX_NAMED_TOGETHER) {
                for (String name : names) {
                    Label own = place(c, List.of(name), List.of(name), occupied, dots);
                    if (own != null) {
                        labels.add(own);
                    }
                }
            }
        }
        return labels;
    }

    /** At most this many names share one label in full. */
    static final int MAX_NAMED_TOGETHER = 3;

    /** Beside a point: {dx, dy of the baseline, anchor (0 start, 1 end, 2 middle)}. */
    private static final double[][] BESIDE = {
        {8, 4, 0},
        {-8, 4, 1},
        {0, -9, 2},
        {0, 16, 2},
        // a point in a corner of the plot: above it, to one side
        {7, -6, 0},
        {-7, -6, 1},
        // a point among others on the top edge: one row further down
        {0, 30, 2}
    };

    /** Further off, joined to the point by a line: nearest rows first. */
    private static final double[][] FURTHER = further();

    private static double[][] further() {
        List<double[]> options = new ArrayList<>();
        for (int row = 1; row <= 5; row++) {
            double below = 4 + row * LABEL_HEIGHT + 4;
            double above = 4 - row * LABEL_HEIGHT - 4;
            for (double dy : new double[] {below, above}) {
                options.add(new double[] {12, dy, 0});
                options.add(new double[] {-12, dy, 1});
                options.add(new double[] {0, dy, 2});
            }
        }
        return options.toArray(new double[0][]);
    }

    /**
     * The label naming {@code named} of the points at {@code c}, beside them where it finds room,
     * else further off; null where it finds none.
     */
    private static Label place(
            double[] c, List<String> names, List<String> named, List<double[]> occupied, List<double[]> dots) {
        String text = String.join(", ", named);
        if (named.size() < names.size()) {
            text += " +" + (names.size() - named.size());
        }
        double width = text.length() * CHAR_WIDTH;
        for (boolean further : new boolean[] {false, true}) {
            for (double[] option : further ? FURTHER : BESIDE) {
                String anchor = option[2] == 0 ? "start" : option[2] == 1 ? "end" : "middle";
                double x = c[0] + option[0];
                double y = c[1] + option[1];
                double[] box = box(x, y, width, anchor);
                // above the plot is free but for the thresholds' names, which are already taken;
                // below it are the ticks
                if (box[0] < 2 || box[2] > WIDTH - 2 || box[1] < 2 || box[3] > BOTTOM + 2) {
                    continue;
                }
                if (occupied.stream().anyMatch(other -> overlaps(box, other))
                        || dots.stream().anyMatch(other -> overlaps(box, other))) {
                    continue;
                }
                occupied.add(box);
                Leader leader = further ? leader(c, box) : null;
                return new Label(text, String.join(", ", names), decimal(x), decimal(y), anchor, named, leader);
            }
        }
        return null;
    }

    /** A line from the edge of the point at {@code c} to the nearest point of the label's box. */
    private static Leader leader(double[] c, double[] box) {
        double tx = Math.max(box[0], Math.min(c[0], box[2]));
        double ty = Math.max(box[1], Math.min(c[1], box[3]));
        double dx = tx - c[0];
        double dy = ty - c[1];
        double length = Math.sqrt(dx * dx + dy * dy);
        double start = Math.min(5, length);
        return new Leader(
                decimal(c[0] + dx / length * start), decimal(c[1] + dy / length * start), decimal(tx), decimal(ty));
    }

    /**
     * Where the page draws the text of a tick up the side: ending at {@link #Y_TICK_END}, level with
     * the tick (the template's {@code x} and {@code dy}).
     */
    static double[] yTickBox(Tick tick) {
        return box(
                Y_TICK_END,
                Double.parseDouble(tick.position()) + 4,
                tick.label().length() * CHAR_WIDTH,
                "end");
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
        List<Double> wanted = new ArrayList<>(List.of(
                DecisionRule.CONSIDER_DENSITY,
                DecisionRule.OWN_ENGINE_DENSITY,
                DecisionRule.STRONG_CANDIDATE_DENSITY,
                DecisionRule.STRONG_CORE_DENSITY));
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
