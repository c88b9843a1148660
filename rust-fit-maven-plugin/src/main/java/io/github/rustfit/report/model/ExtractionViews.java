package io.github.rustfit.report.model;

import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ExtractionPlan;
import io.github.rustfit.core.result.ExtractionPlan.Caller;
import io.github.rustfit.core.result.ExtractionPlan.Dependency;
import io.github.rustfit.core.result.ExtractionPlan.EntryPoint;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.report.model.ReportModel.CrossingView;
import io.github.rustfit.report.model.ReportModel.CutClassView;
import io.github.rustfit.report.model.ReportModel.Diagram;
import io.github.rustfit.report.model.ReportModel.EntryPointView;
import io.github.rustfit.report.model.ReportModel.ExtractionView;
import io.github.rustfit.report.model.ReportModel.Fact;
import io.github.rustfit.report.model.ReportModel.PlanLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns an {@link ExtractionPlan} into what the report shows of it: texts, a table and a diagram. */
final class ExtractionViews {

    /** Boxes per column of the diagram; the rest are counted in a last box. */
    static final int MAX_BOXES = 6;

    private static final int WIDTH = 760;
    private static final int BOX_HEIGHT = 26;
    private static final int ROW = 34;
    private static final int TOP = 30;
    private static final int[] COLUMN_X = {8, 190, 424, 590};
    private static final int[] COLUMN_WIDTH = {150, 204, 136, 166};
    /** Characters that fit a box of each column at the diagram's font size. */
    private static final int[] LABEL_CHARS = {21, 30, 21, 24};

    private ExtractionViews() {}

    static ExtractionView of(ExtractionPlan plan) {
        ExtractionPlan.Cut cut = plan.cut();
        ExtractionPlan.Boundary boundary = plan.boundary();
        List<CutClassView> classes = cut.classes().stream()
                .map(c -> new CutClassView(simple(c.type()), c.file(), c.linesOfCode(), c.hotspot()))
                .toList();
        List<EntryPointView> entries =
                plan.entryPoints().stream().map(ExtractionViews::entry).toList();
        List<Fact> surface = plan.surface().stream()
                .map(used -> new Fact(
                        simple(used.type()),
                        uses(used.fromModule(), "by this module")
                                + (used.fromModule() > 0 && used.fromReactor() > 0 ? ", " : "")
                                + (used.fromReactor() > 0
                                        ? uses(used.fromReactor(), "by " + String.join(", ", used.modules()))
                                        : "")))
                .toList();
        return new ExtractionView(
                boundary == null ? null : label(boundary.kind()),
                boundary == null ? "none" : css(boundary.kind()),
                boundary == null ? "" : boundary.reason(),
                boundary == null ? "" : boundary.mechanism(),
                cutSummary(plan),
                cut.explanation(),
                classes,
                entries,
                plan.entryPointsOmitted(),
                surface,
                needs(plan.needs()),
                cut.classes().isEmpty() ? null : diagram(plan));
    }

    /** One line per module with an extraction plan, strongest verdict first, then by path. */
    static List<PlanLine> lines(AnalysisResult result, Map<ModuleResult, String> anchors) {
        return result.modules().stream()
                .filter(module -> module.extraction() != null)
                .sorted(Comparator.comparing(ModuleResult::verdict).reversed().thenComparing(ModuleResult::path))
                .map(module -> line(module, anchors.get(module)))
                .toList();
    }

    static PlanLine line(ModuleResult module, String anchor) {
        ExtractionPlan plan = module.extraction();
        ExtractionPlan.Boundary boundary = plan.boundary();
        String advice = boundary == null
                ? "no hot path to cut around"
                : switch (boundary.kind()) {
                    case NARROW -> "a Rust library behind FFM (JDK 22+) or JNI";
                    case CHATTY -> "batch the interface first, or keep it on the JVM";
                    case WIDE -> "restructure first, or run it as a sidecar";
                };
        return new PlanLine(
                module.artifactId(),
                anchor,
                ReportModels.verdict(module.verdict()),
                boundary == null ? "none" : css(boundary.kind()),
                plan.cut().classes().isEmpty() ? "no cut" : cutSummary(plan),
                advice);
    }

    private static String cutSummary(ExtractionPlan plan) {
        ExtractionPlan.Cut cut = plan.cut();
        if (cut.classes().isEmpty()) {
            return "no cut";
        }
        int entries = plan.entryPoints().size() + plan.entryPointsOmitted();
        return String.format(
                Locale.ROOT,
                "%d class%s, %,d lines, %.0f%% of the strong-fit evidence%s; %d entry point%s",
                cut.classes().size(),
                cut.classes().size() == 1 ? "" : "es",
                cut.linesOfCode(),
                cut.strongFitShare() * 100,
                cut.bounded() ? " (cut short: entangled)" : "",
                entries,
                entries == 1 ? "" : "s");
    }

    private static String uses(int count, String by) {
        return count == 0 ? "" : count + (count == 1 ? " use " : " uses ") + by;
    }

    private static EntryPointView entry(EntryPoint entry) {
        return new EntryPointView(
                simple(entry.type()),
                entry.signature(),
                entry.location(),
                entry.callSites(),
                entry.callSitesInLoops(),
                String.join(", ", entry.callers()),
                entry.reachedThrough(),
                entry.shape(),
                entry.crossing().stream()
                        .map(c -> new CrossingView(c.type(), c.role(), c.cheap() ? "cheap" : "costly", c.why()))
                        .toList());
    }

    private static List<Fact> needs(ExtractionPlan.Needs needs) {
        List<Fact> facts = new ArrayList<>();
        if (!needs.thisModule().isEmpty()) {
            facts.add(new Fact("Classes of this module left outside", String.join(", ", needs.thisModule())));
        }
        for (Dependency module : needs.modules()) {
            facts.add(new Fact("Module " + module.name(), dependency(module)));
        }
        for (Dependency library : needs.libraries()) {
            facts.add(new Fact(
                    "Library " + library.name(),
                    (library.declaredAs().isEmpty()
                                    ? "not matched to a declared dependency"
                                    : "declared as " + library.declaredAs())
                            + "; " + dependency(library)));
        }
        for (ExtractionPlan.Facility facility : needs.facilities()) {
            facts.add(new Fact(
                    "JDK " + facility.kind(),
                    facility.uses() + (facility.uses() == 1 ? " use" : " uses") + ", first at " + facility.location()
                            + ": no direct Rust equivalent"));
        }
        if (!needs.unresolved().isEmpty()) {
            facts.add(new Fact("Not resolved", String.join(", ", needs.unresolved())));
        }
        if (!needs.extendedOutside().isEmpty()) {
            facts.add(new Fact("Extended outside the cut", String.join(", ", needs.extendedOutside())));
        }
        return facts;
    }

    private static String dependency(Dependency dependency) {
        return dependency.uses() + (dependency.uses() == 1 ? " reference" : " references") + " ("
                + String.join(", ", dependency.types()) + ")";
    }

    static String label(ExtractionPlan.Kind kind) {
        return switch (kind) {
            case NARROW -> "Narrow";
            case CHATTY -> "Chatty";
            case WIDE -> "Wide";
        };
    }

    static String css(ExtractionPlan.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String simple(String qualified) {
        String[] parts = qualified.split("\\.");
        StringBuilder simple = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) || simple.length() > 0) {
                simple.append(simple.length() > 0 ? "." : "").append(part);
            }
        }
        return simple.length() == 0 ? qualified : simple.toString();
    }

    /** Callers, entry points, the cut and its dependencies, as boxes in four columns, with edges. */
    private static Diagram diagram(ExtractionPlan plan) {
        EntryColumn entries = EntryColumn.of(plan);
        List<List<String[]>> columns =
                List.of(callerBoxes(plan), entries.boxes(), cutBox(plan.cut()), needBoxes(plan.needs()));
        Layout layout = Layout.of(columns, plan.entryPointsOmitted());
        List<Diagram.Column> headings = List.of(
                new Diagram.Column(decimal(COLUMN_X[0]), "Callers"),
                new Diagram.Column(decimal(COLUMN_X[1]), "Entry points (call sites)"),
                new Diagram.Column(decimal(COLUMN_X[2]), "The cut"),
                new Diagram.Column(decimal(COLUMN_X[3]), "What it needs"));
        return new Diagram(WIDTH, layout.height(), headings, layout.boxes(), edges(layout, entries.callersOf()));
    }

    /** Each caller as a box: {key, text, css class, title}. */
    private static List<String[]> callerBoxes(ExtractionPlan plan) {
        List<String[]> callers = new ArrayList<>();
        for (Caller caller : plan.callers()) {
            String text = caller.name().equals(ExtractionPlan.OUTSIDE)
                    ? caller.name()
                    : caller.name() + " ×" + caller.callSites();
            String title = caller.name().equals(ExtractionPlan.OUTSIDE)
                    ? "code outside the reactor, through the public API"
                    : caller.name() + ": " + caller.callSites() + " call site" + (caller.callSites() == 1 ? "" : "s")
                            + (caller.classes() > 0
                                    ? " in " + caller.classes() + " class" + (caller.classes() == 1 ? "" : "es")
                                    : "");
            callers.add(new String[] {caller.name(), text, "caller", title});
        }
        return callers;
    }

    /** The entry points as boxes, one per method name, and the callers of each by its key. */
    private record EntryColumn(List<String[]> boxes, Map<String, List<String>> callersOf) {

        static EntryColumn of(ExtractionPlan plan) {
            List<String[]> entries = new ArrayList<>();
            Map<String, List<String>> callersOf = new LinkedHashMap<>();
            for (EntryPoint entry : plan.entryPoints()) {
                String name = simple(entry.type()) + "." + methodName(entry);
                if (entries.stream().anyMatch(e -> e[0].equals(name))) {
                    continue;
                }
                entries.add(new String[] {
                    name, name + " (" + entry.callSites() + ")", "entry " + entry.shape(), entry.signature()
                });
                callersOf.put(
                        name,
                        entry.callers().stream()
                                .map(c -> c.contains(" ×") ? c.substring(0, c.indexOf(" ×")) : c)
                                .collect(Collectors.toList()));
                if (!entry.reachedThrough().isEmpty() && !entry.reachedThrough().startsWith("inherited")) {
                    callersOf.get(name).add("through " + entry.reachedThrough());
                }
            }
            return new EntryColumn(entries, callersOf);
        }
    }

    private static List<String[]> cutBox(ExtractionPlan.Cut cut) {
        return List.<String[]>of(new String[] {
            "cut",
            cut.classes().size() + (cut.classes().size() == 1 ? " class, " : " classes, ")
                    + String.format(Locale.ROOT, "%,d", cut.linesOfCode()) + " lines",
            "cut",
            cut.classes().stream().map(c -> simple(c.type())).collect(Collectors.joining(", "))
        });
    }

    /** What the cut needs as boxes: modules, libraries, JDK facilities, classes of this module. */
    private static List<String[]> needBoxes(ExtractionPlan.Needs n) {
        List<String[]> needs = new ArrayList<>();
        for (Dependency module : n.modules()) {
            needs.add(new String[] {module.name(), module.name(), "need module"});
        }
        for (Dependency library : n.libraries()) {
            String name = library.declaredAs().isEmpty() ? library.name() : library.declaredAs();
            needs.add(new String[] {name, name, "need library"});
        }
        for (ExtractionPlan.Facility facility : n.facilities()) {
            needs.add(new String[] {facility.kind(), "JDK " + facility.kind(), "need jdk"});
        }
        if (!n.thisModule().isEmpty()) {
            needs.add(new String[] {
                "this module",
                "this module: " + n.thisModule().size() + " class(es)",
                "need module",
                String.join(", ", n.thisModule())
            });
        }
        if (needs.isEmpty()) {
            needs.add(new String[] {"jdk", "the JDK only", "need jdk"});
        }
        return needs;
    }

    /**
     * The boxes placed in their columns, each column centred on the tallest; per column, the
     * anchor points of its boxes ({left, right, middle y}) and their keys.
     */
    private record Layout(List<Diagram.Box> boxes, List<List<double[]>> anchors, List<List<String>> keys, int height) {

        static Layout of(List<List<String[]>> columns, int moreEntries) {
            List<Diagram.Box> boxes = new ArrayList<>();
            List<List<double[]>> anchors = new ArrayList<>();
            List<List<String>> keys = new ArrayList<>();
            int rows = 1;
            for (int c = 0; c < columns.size(); c++) {
                List<String[]> column = columns.get(c);
                int shown = Math.min(column.size(), MAX_BOXES);
                int extra = c == 1 ? column.size() - shown + moreEntries : column.size() - shown;
                rows = Math.max(rows, shown + (extra > 0 ? 1 : 0));
            }
            int height = TOP + rows * ROW + 4;
            for (int c = 0; c < columns.size(); c++) {
                List<String[]> column = columns.get(c);
                int shown = Math.min(column.size(), MAX_BOXES);
                int extra = c == 1 ? column.size() - shown + moreEntries : column.size() - shown;
                int count = shown + (extra > 0 ? 1 : 0);
                double top = TOP + (rows - count) * ROW / 2.0;
                List<double[]> points = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    double y = top + i * ROW;
                    boolean more = i == shown;
                    String text = more ? "+" + extra + " more" : column.get(i)[1];
                    String title = more || column.get(i).length < 4 ? text : column.get(i)[3];
                    boxes.add(new Diagram.Box(
                            decimal(COLUMN_X[c]),
                            decimal(y),
                            decimal(COLUMN_WIDTH[c]),
                            decimal(BOX_HEIGHT),
                            more ? "more" : column.get(i)[2],
                            shorten(text, LABEL_CHARS[c]),
                            title));
                    points.add(new double[] {COLUMN_X[c], COLUMN_X[c] + COLUMN_WIDTH[c], y + BOX_HEIGHT / 2.0});
                    names.add(more ? "" : column.get(i)[0]);
                }
                anchors.add(points);
                keys.add(names);
            }
            return new Layout(boxes, anchors, keys, height);
        }
    }

    private static List<Diagram.Edge> edges(Layout layout, Map<String, List<String>> callersOf) {
        List<List<double[]>> anchors = layout.anchors();
        List<List<String>> keys = layout.keys();
        List<Diagram.Edge> edges = new ArrayList<>();
        // callers to the entry points they call; entry points to the cut; the cut to what it needs
        for (int e = 0; e < keys.get(1).size(); e++) {
            List<String> of = callersOf.getOrDefault(keys.get(1).get(e), List.of());
            for (int k = 0; k < keys.get(0).size(); k++) {
                if (of.contains(keys.get(0).get(k))) {
                    edges.add(edge(anchors.get(0).get(k), anchors.get(1).get(e)));
                }
            }
            edges.add(edge(anchors.get(1).get(e), anchors.get(2).get(0)));
        }
        for (double[] need : anchors.get(3)) {
            edges.add(edge(anchors.get(2).get(0), need));
        }
        return edges;
    }

    private static String methodName(EntryPoint entry) {
        String signature = entry.signature();
        int paren = signature.indexOf('(');
        String head = paren < 0 ? signature : signature.substring(0, paren);
        int space = head.lastIndexOf(' ');
        String name = space < 0 ? head : head.substring(space + 1);
        return name.equals(simple(entry.type()).substring(simple(entry.type()).lastIndexOf('.') + 1)) ? "new" : name;
    }

    private static Diagram.Edge edge(double[] from, double[] to) {
        return new Diagram.Edge(decimal(from[1]), decimal(from[2]), decimal(to[0]), decimal(to[2]));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
