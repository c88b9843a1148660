package io.github.rustfit.report.model;

import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.Side;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.Adoption;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.CriterionScore;
import io.github.rustfit.core.result.Evidence;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ParseProblem;
import io.github.rustfit.core.result.QuestionAnswer;
import io.github.rustfit.core.result.ReviewState;
import io.github.rustfit.core.result.SignalResult;
import io.github.rustfit.report.model.ReportModel.AnswerView;
import io.github.rustfit.report.model.ReportModel.Cell;
import io.github.rustfit.report.model.ReportModel.Chart;
import io.github.rustfit.report.model.ReportModel.Comparison;
import io.github.rustfit.report.model.ReportModel.CriterionColumn;
import io.github.rustfit.report.model.ReportModel.EvidenceView;
import io.github.rustfit.report.model.ReportModel.Fact;
import io.github.rustfit.report.model.ReportModel.HotspotView;
import io.github.rustfit.report.model.ReportModel.ModuleRef;
import io.github.rustfit.report.model.ReportModel.ModuleView;
import io.github.rustfit.report.model.ReportModel.Overview;
import io.github.rustfit.report.model.ReportModel.ProblemView;
import io.github.rustfit.report.model.ReportModel.QuestionView;
import io.github.rustfit.report.model.ReportModel.ReviewSummary;
import io.github.rustfit.report.model.ReportModel.ReviewView;
import io.github.rustfit.report.model.ReportModel.SignalChange;
import io.github.rustfit.report.model.ReportModel.SignalView;
import io.github.rustfit.report.model.ReportModel.VerdictChange;
import io.github.rustfit.report.model.ReportModel.VerdictCount;
import io.github.rustfit.report.model.ReportModel.VerdictView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Builds the {@link ReportModel} from an analysis result, and optionally an earlier one. */
public final class ReportModels {

    /**
     * Evidence lines shown per signal and module. The result may keep more; the rest is counted
     * ("+N more") so a reactor with thousands of findings still opens quickly.
     */
    public static final int EVIDENCE_SHOWN_PER_SIGNAL = 8;

    private static final int CHART_WIDTH = 640;
    private static final int CHART_HEIGHT = 360;
    private static final int CHART_LEFT = 52;
    private static final int CHART_RIGHT = 24;
    private static final int CHART_TOP = 16;
    private static final int CHART_BOTTOM = 40;
    private static final int CHART_MAX_LABELS = 40;

    private ReportModels() {}

    /** The model of a result alone. */
    public static ReportModel of(AnalysisResult result) {
        return of(result, Optional.empty());
    }

    /** The model of a result, with a "since last time" comparison when an earlier result is given. */
    public static ReportModel of(AnalysisResult result, Optional<AnalysisResult> previous) {
        Map<ModuleResult, String> anchors = anchors(result.modules());
        List<ModuleView> modules = new ArrayList<>();
        List<ProblemView> problems = new ArrayList<>();
        for (ModuleResult module : result.modules()) {
            ModuleView view = module(module, anchors.get(module));
            modules.add(view);
            problems.addAll(view.parseProblems());
        }
        List<CriterionColumn> criteria = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            criteria.add(new CriterionColumn(
                    criterion.id(),
                    label(criterion),
                    criterion.description(),
                    side(criterion.side()),
                    criterion.articleSection()));
        }
        return new ReportModel(
                result.toolVersion(),
                runFacts(result),
                overview(result, modules),
                criteria,
                java.util.Arrays.stream(Question.values())
                        .map(question -> new Fact(shortLabel(question), question.text()))
                        .toList(),
                modules,
                chart(modules),
                problems,
                previous.map(earlier -> compare(earlier, result, anchors)).orElse(null),
                plans(result, anchors));
    }

    /** One line per module with an extraction plan, strongest verdict first, then by path. */
    private static List<ReportModel.PlanLine> plans(AnalysisResult result, Map<ModuleResult, String> anchors) {
        return result.modules().stream()
                .filter(module -> module.extraction() != null)
                .sorted(Comparator.comparing(ModuleResult::verdict).reversed().thenComparing(ModuleResult::path))
                .map(module -> ExtractionViews.line(module, anchors.get(module)))
                .toList();
    }

    /** How a verdict is shown. */
    public static VerdictView verdict(Verdict verdict) {
        return switch (verdict) {
            case STRONG_CANDIDATE -> new VerdictView(verdict.name(), "Strong candidate", "strong", 3);
            case CONSIDER -> new VerdictView(verdict.name(), "Consider", "consider", 2);
            case KEEP -> new VerdictView(verdict.name(), "Keep on the JVM", "keep", 1);
            case NOT_ANALYZED -> new VerdictView(verdict.name(), "Not analysed", "none", 0);
        };
    }

    /** A short heading for a criterion, in the report's words. */
    public static String label(Criterion criterion) {
        return switch (criterion) {
            case SAFETY_CRITICAL_SERVICE -> "Safety-critical service";
            case DATA_PLANE -> "Data plane";
            case FUNDAMENTAL_CONCURRENCY -> "Core concurrency";
            case CONSTRAINED_TARGET -> "Constrained target";
            case WEBASSEMBLY_COMPUTE -> "WebAssembly compute";
            case CRUD_SERVICE -> "CRUD service";
            case PROTOTYPE -> "Prototype";
            case SELF_REFERENTIAL_DATA -> "Self-referential data";
            case NUMERICAL_RESEARCH -> "Numerical research";
        };
    }

    private static String shortLabel(Question question) {
        return switch (question) {
            case MEMORY_SAFETY_INCIDENT -> "Memory-safety risk";
            case TAIL_LATENCY_CRITICAL -> "Tail latency";
            case SHARED_INFRASTRUCTURE -> "Shared infra";
        };
    }

    private static AnswerView answer(Answer answer) {
        return switch (answer) {
            case YES -> new AnswerView(answer.name(), "Yes", "yes");
            case NO -> new AnswerView(answer.name(), "No", "no");
            case UNKNOWN -> new AnswerView(answer.name(), "Unknown", "unknown");
        };
    }

    private static String side(Side side) {
        return side == Side.STRONG_FIT ? "strong-fit" : "avoid";
    }

    private static List<Fact> runFacts(AnalysisResult result) {
        var settings = result.settings();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Tool", result.tool() + " " + result.toolVersion()));
        facts.add(new Fact("Result schema", String.valueOf(result.schemaVersion())));
        if (settings != null) {
            facts.add(new Fact("Java language level", settings.languageLevel()));
            facts.add(new Fact("Test sources analysed", settings.includeTests() ? "yes" : "no"));
            facts.add(new Fact("Generated sources analysed", settings.includeGenerated() ? "yes" : "no"));
            facts.add(new Fact(
                    "Evidence kept per signal in rust-fit.json", String.valueOf(settings.maxEvidencePerSignal())));
        }
        facts.add(new Fact("Evidence shown per signal in this report", String.valueOf(EVIDENCE_SHOWN_PER_SIGNAL)));
        return facts;
    }

    private static Overview overview(AnalysisResult result, List<ModuleView> modules) {
        var summary = result.summary();
        List<VerdictCount> counts = new ArrayList<>();
        Verdict[] verdicts = Verdict.values();
        double start = 0;
        for (int i = verdicts.length - 1; i >= 0; i--) {
            int count = summary.verdicts().getOrDefault(verdicts[i], 0);
            double width = summary.modules() == 0 ? 0 : 100.0 * count / summary.modules();
            counts.add(new VerdictCount(verdict(verdicts[i]), count, decimal(start), decimal(width)));
            start += width;
        }
        List<ModuleRef> candidates = modules.stream()
                .filter(module ->
                        module.verdict().rank() >= verdict(Verdict.CONSIDER).rank())
                .sorted(Comparator.comparingInt(
                                (ModuleView module) -> -module.verdict().rank())
                        .thenComparing(ModuleView::path))
                .map(module -> new ModuleRef(module.name(), module.anchor(), module.verdict()))
                .toList();
        var files = summary.files();
        String coverage =
                files.seen() == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * files.parsed() / files.seen());
        return new Overview(
                summary.modules(),
                counts,
                candidates,
                files.seen(),
                files.parsed(),
                files.failed(),
                String.format(Locale.ROOT, "%,d", files.linesOfCode()),
                coverage,
                reviewSummary(modules));
    }

    private static Map<ModuleResult, String> anchors(List<ModuleResult> modules) {
        Map<ModuleResult, String> anchors = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (ModuleResult module : modules) {
            String base = ".".equals(module.path())
                    ? "module-root"
                    : "module-" + module.path().replaceAll("[^A-Za-z0-9_-]+", "-");
            String anchor = base;
            for (int n = 2; !taken.add(anchor); n++) {
                anchor = base + "-" + n;
            }
            anchors.put(module, anchor);
        }
        return anchors;
    }

    private static ModuleView module(ModuleResult module, String anchor) {
        List<QuestionView> questions = new ArrayList<>();
        int yes = 0;
        for (QuestionAnswer answer : module.questions()) {
            AnswerView declared = answer.declared() == null ? null : answer(answer.declared());
            AnswerView inferred = answer(answer.inferred());
            if ((declared != null ? declared : inferred).key().equals(Answer.YES.name())) {
                yes++;
            }
            questions.add(new QuestionView(
                    answer.question().key(),
                    shortLabel(answer.question()),
                    answer.question().text(),
                    inferred,
                    declared,
                    answer.reasons()));
        }
        double strongFit = 0;
        double avoid = 0;
        List<Cell> cells = new ArrayList<>();
        Map<Criterion, CriterionScore> scores = new LinkedHashMap<>();
        for (CriterionScore score : module.criteria()) {
            scores.put(score.criterion(), score);
        }
        for (Criterion criterion : Criterion.values()) {
            CriterionScore score = scores.get(criterion);
            if (score == null) {
                cells.add(new Cell(criterion.id(), "none", 0, decimal(0)));
                continue;
            }
            if (score.side() == Side.STRONG_FIT) {
                strongFit += score.perKloc();
            } else {
                avoid += score.perKloc();
            }
            cells.add(new Cell(
                    criterion.id(),
                    score.strength().name().toLowerCase(Locale.ROOT),
                    score.count(),
                    decimal(score.perKloc())));
        }
        List<SignalView> signals = module.signals().stream()
                .sorted(Comparator.comparingInt(SignalResult::count).reversed().thenComparing(SignalResult::id))
                .map(ReportModels::signal)
                .toList();
        List<ProblemView> problems = module.parseProblems().stream()
                .map(problem -> new ProblemView(module.artifactId(), anchor, location(problem), problem.message()))
                .toList();
        return new ModuleView(
                anchor,
                module.artifactId(),
                module.groupId(),
                module.path(),
                module.packaging(),
                verdict(module.verdict()),
                module.rationale(),
                module.whatWouldChange(),
                questions,
                yes,
                review(module.review()),
                module.files().seen(),
                module.files().failed(),
                module.files().linesOfCode(),
                cells,
                decimal(strongFit),
                decimal(avoid),
                signals,
                module.signals().stream().mapToInt(SignalResult::count).sum(),
                module.adoption() == null ? null : hotspots(module.adoption()),
                module.adoption() == null ? null : firstStep(module.adoption().firstStep()),
                problems,
                module.notes(),
                module.sourceRoots(),
                module.dependsOn(),
                module.dependents(),
                module.extraction() == null ? null : ExtractionViews.of(module.extraction()));
    }

    private static ReviewSummary reviewSummary(List<ModuleView> modules) {
        if (modules.stream().allMatch(module -> module.review() == null)) {
            return null;
        }
        int missing = 0;
        int stale = 0;
        int expired = 0;
        for (ModuleView module : modules) {
            if (module.review() != null) {
                switch (module.review().status()) {
                    case "missing", "incomplete" -> missing++;
                    case "stale" -> stale++;
                    case "expired" -> expired++;
                    default -> {}
                }
            }
        }
        return new ReviewSummary(missing, stale, expired);
    }

    private static ReviewView review(ReviewState state) {
        if (state == null) {
            return null;
        }
        String status = state.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String css = switch (state.status()) {
            case OK -> "ok";
            case NONE -> "none";
            case DUE_SOON -> "due";
            case MISSING, STALE, EXPIRED, INCOMPLETE -> "bad";
        };
        List<Fact> details = new ArrayList<>();
        details.add(new Fact("Required", state.required() ? "yes" : "no"));
        addFact(details, "Component", state.component());
        addFact(details, "Decision", state.decision());
        addFact(details, "Rationale", state.rationale());
        if (!state.reviewers().isEmpty()) {
            details.add(new Fact("Reviewers", String.join(", ", state.reviewers())));
        }
        addFact(details, "Reviewed", state.date());
        addFact(details, "Revisit by", state.revisitBy());
        addFact(details, "Evidence", state.evidence());
        state.problems().forEach(problem -> details.add(new Fact("Problem", problem)));
        return new ReviewView(status, css, details);
    }

    private static void addFact(List<Fact> facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(label, value));
        }
    }

    private static List<HotspotView> hotspots(Adoption adoption) {
        return adoption.hotspots().stream()
                .map(hotspot -> new HotspotView(
                        hotspot.type(),
                        hotspot.file(),
                        String.format(
                                Locale.ROOT,
                                "%d strong-fit occurrences (%.0f%% of the module's): %s",
                                hotspot.occurrences(),
                                hotspot.share() * 100,
                                String.join(", ", hotspot.signals()))))
                .toList();
    }

    private static String firstStep(Adoption.FirstStep step) {
        String stage = switch (step.stage()) {
            case TOOLING -> "Tooling";
            case LIBRARY -> "Library";
            case SERVICE -> "Service";
        };
        return stage + ": " + step.summary() + " " + step.reason();
    }

    private static String location(ParseProblem problem) {
        if (problem.line() <= 0) {
            return problem.file();
        }
        return problem.file() + ":" + problem.line() + (problem.column() > 0 ? ":" + problem.column() : "");
    }

    /**
     * Repeated lines (the same snippet again in the same file) fold into one line with a count,
     * and at most {@link #EVIDENCE_SHOWN_PER_SIGNAL} lines are shown.
     */
    private static SignalView signal(SignalResult signal) {
        List<EvidenceView> shown = new ArrayList<>();
        int shownOccurrences = 0;
        Evidence previous = null;
        int repeats = 0;
        for (Evidence evidence : signal.evidence().stream().sorted().toList()) {
            if (previous != null
                    && previous.file().equals(evidence.file())
                    && previous.snippet().equals(evidence.snippet())) {
                repeats++;
                continue;
            }
            if (previous != null) {
                shown.add(evidenceView(previous, repeats));
                shownOccurrences += 1 + repeats;
            }
            if (shown.size() == EVIDENCE_SHOWN_PER_SIGNAL) {
                previous = null;
                break;
            }
            previous = evidence;
            repeats = 0;
        }
        if (previous != null) {
            shown.add(evidenceView(previous, repeats));
            shownOccurrences += 1 + repeats;
        }
        int total = Math.max(signal.count(), signal.evidence().size() + signal.evidenceOmitted());
        return new SignalView(
                signal.id(),
                signal.criterion().id(),
                label(signal.criterion()),
                side(signal.criterion().side()),
                signal.description(),
                signal.count(),
                decimal(signal.perKloc()),
                shown,
                Math.max(0, total - shownOccurrences));
    }

    private static EvidenceView evidenceView(Evidence evidence, int repeats) {
        String location = evidence.line() > 0 ? evidence.file() + ":" + evidence.line() : evidence.file();
        return new EvidenceView(location, evidence.snippet(), repeats);
    }

    private static Chart chart(List<ModuleView> modules) {
        List<ModuleView> placed =
                modules.stream().filter(module -> module.verdict().rank() > 0).toList();
        double maxX = 1;
        double maxY = 1;
        for (ModuleView module : placed) {
            maxX = Math.max(maxX, Double.parseDouble(module.avoidDensity()));
            maxY = Math.max(maxY, Double.parseDouble(module.strongFitDensity()));
        }
        double plotWidth = CHART_WIDTH - CHART_LEFT - CHART_RIGHT;
        double plotHeight = CHART_HEIGHT - CHART_TOP - CHART_BOTTOM;
        List<Chart.Tick> xTicks = new ArrayList<>();
        List<Chart.Tick> yTicks = new ArrayList<>();
        // a square-root scale: modules with little evidence stay apart from each other
        for (double share : new double[] {0, 0.25, 0.5, 0.75, 1}) {
            double x = CHART_LEFT + share * plotWidth;
            double y = CHART_TOP + plotHeight - share * plotHeight;
            xTicks.add(new Chart.Tick(
                    decimal(x), decimal(CHART_HEIGHT - CHART_BOTTOM + 16), decimal(maxX * share * share)));
            yTicks.add(new Chart.Tick(decimal(y), decimal(y + 4), decimal(maxY * share * share)));
        }
        boolean labelled = placed.size() <= CHART_MAX_LABELS;
        List<Chart.Point> points = new ArrayList<>();
        List<double[]> labels = new ArrayList<>();
        for (ModuleView module : placed) {
            double x = CHART_LEFT + Math.sqrt(Double.parseDouble(module.avoidDensity()) / maxX) * plotWidth;
            double y = CHART_TOP
                    + plotHeight
                    - Math.sqrt(Double.parseDouble(module.strongFitDensity()) / maxY) * plotHeight;
            boolean right = x > CHART_WIDTH - 150;
            double labelX = right ? x - 9 : x + 9;
            double labelY = y + 4;
            // labels of nearby points would print over each other: move each up a line until free
            boolean moved = true;
            while (moved) {
                moved = false;
                for (double[] taken : labels) {
                    if (Math.abs(taken[0] - labelX) < 90 && Math.abs(taken[1] - labelY) < 12) {
                        labelY = Math.min(labelY, taken[1]) - 13;
                        moved = true;
                    }
                }
            }
            labels.add(new double[] {labelX, labelY});
            points.add(new Chart.Point(
                    module.name(),
                    module.anchor(),
                    module.verdict().css(),
                    decimal(x),
                    decimal(y),
                    module.strongFitDensity(),
                    module.avoidDensity(),
                    labelled,
                    decimal(labelX),
                    decimal(labelY),
                    right ? "end" : "start"));
        }
        return new Chart(
                CHART_WIDTH,
                CHART_HEIGHT,
                CHART_LEFT,
                CHART_WIDTH - CHART_RIGHT,
                CHART_TOP,
                CHART_HEIGHT - CHART_BOTTOM,
                xTicks,
                yTicks,
                points);
    }

    private static Comparison compare(AnalysisResult earlier, AnalysisResult now, Map<ModuleResult, String> anchors) {
        Map<String, ModuleResult> before = new LinkedHashMap<>();
        for (ModuleResult module : earlier.modules()) {
            before.put(key(module), module);
        }
        Set<String> nowKeys = new HashSet<>();
        List<ModuleRef> added = new ArrayList<>();
        List<ModuleRef> dropped = new ArrayList<>();
        List<VerdictChange> verdictChanges = new ArrayList<>();
        List<SignalChange> signalChanges = new ArrayList<>();
        List<String> addedModules = new ArrayList<>();
        for (ModuleResult module : now.modules()) {
            nowKeys.add(key(module));
            String anchor = anchors.get(module);
            ModuleResult old = before.get(key(module));
            boolean candidate = module.verdict().isAtLeast(Verdict.CONSIDER);
            boolean wasCandidate = old != null && old.verdict().isAtLeast(Verdict.CONSIDER);
            if (old == null) {
                addedModules.add(module.artifactId());
            }
            if (candidate && !wasCandidate) {
                added.add(new ModuleRef(module.artifactId(), anchor, verdict(module.verdict())));
            }
            if (!candidate && wasCandidate) {
                dropped.add(new ModuleRef(module.artifactId(), anchor, verdict(module.verdict())));
            }
            if (old == null) {
                continue;
            }
            if (old.verdict() != module.verdict()) {
                verdictChanges.add(new VerdictChange(
                        module.artifactId(), anchor, verdict(old.verdict()), verdict(module.verdict())));
            }
            Map<String, Integer> oldCounts = counts(old);
            Map<String, Integer> newCounts = counts(module);
            Set<String> ids = new TreeSet<>(oldCounts.keySet());
            ids.addAll(newCounts.keySet());
            for (String id : ids) {
                int was = oldCounts.getOrDefault(id, 0);
                int is = newCounts.getOrDefault(id, 0);
                if (was != is) {
                    signalChanges.add(
                            new SignalChange(module.artifactId(), anchor, id, was, is, is > was ? "up" : "down"));
                }
            }
        }
        List<String> removed = before.entrySet().stream()
                .filter(entry -> !nowKeys.contains(entry.getKey()))
                .map(entry -> entry.getValue().artifactId())
                .toList();
        return new Comparison(
                earlier.toolVersion(), added, dropped, verdictChanges, signalChanges, addedModules, removed);
    }

    private static String key(ModuleResult module) {
        return module.groupId() + ":" + module.artifactId();
    }

    private static Map<String, Integer> counts(ModuleResult module) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SignalResult signal : module.signals()) {
            counts.merge(signal.id(), signal.count(), Integer::sum);
        }
        return counts;
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
