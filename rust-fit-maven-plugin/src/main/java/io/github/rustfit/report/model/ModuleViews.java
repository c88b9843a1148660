package io.github.rustfit.report.model;

import static io.github.rustfit.report.model.Labels.decimal;

import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.CriterionScore;
import io.github.rustfit.core.criteria.Figures;
import io.github.rustfit.core.criteria.Margin;
import io.github.rustfit.core.criteria.QuestionAnswer;
import io.github.rustfit.core.criteria.Side;
import io.github.rustfit.core.result.Adoption;
import io.github.rustfit.core.result.Evidence;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ParseProblem;
import io.github.rustfit.core.result.ReviewState;
import io.github.rustfit.core.result.SignalResult;
import io.github.rustfit.report.model.ReportModel.AnswerView;
import io.github.rustfit.report.model.ReportModel.Cell;
import io.github.rustfit.report.model.ReportModel.EvidenceView;
import io.github.rustfit.report.model.ReportModel.Fact;
import io.github.rustfit.report.model.ReportModel.HotspotView;
import io.github.rustfit.report.model.ReportModel.ModuleView;
import io.github.rustfit.report.model.ReportModel.ProblemView;
import io.github.rustfit.report.model.ReportModel.QuestionView;
import io.github.rustfit.report.model.ReportModel.ReviewView;
import io.github.rustfit.report.model.ReportModel.SignalView;
import io.github.rustfit.report.model.ReportModel.VerdictView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The modules section: one view per module, in the order a reader wants them (candidates first,
 * by verdict, then by the strong-fit evidence the rule weighed), each signal's evidence with the
 * heaviest files first and a link to the source.
 */
public final class ModuleViews {

    /**
     * Evidence lines shown per signal and module. The result may keep more; the rest is counted
     * ("+N more") so a reactor with thousands of findings still opens quickly.
     */
    public static final int EVIDENCE_SHOWN_PER_SIGNAL = 8;

    /** Page order: strongest verdict first, then the heaviest strong-fit evidence, then by name. */
    static final Comparator<ModuleView> PAGE_ORDER = Comparator.comparingInt(
                    (ModuleView module) -> -module.verdict().rank())
            .thenComparing(module -> -Double.parseDouble(module.strongFitDensity()))
            .thenComparing(ModuleView::name)
            .thenComparing(ModuleView::path);

    private ModuleViews() {}

    /** A stable, unique anchor per module, from its path. */
    static Map<ModuleResult, String> anchors(List<ModuleResult> modules) {
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

    static ModuleView of(ModuleResult module, String anchor, SourceLinks links) {
        Map<Criterion, CriterionScore> scores = scores(module);
        List<SignalView> signals = signals(module, links);
        return new ModuleView(
                anchor,
                module.artifactId(),
                module.identity().groupId(),
                module.path(),
                module.identity().packaging(),
                Labels.verdict(module.verdict()),
                module.judgement().rationale(),
                module.judgement().whatWouldChange(),
                questions(module),
                yes(module),
                review(module.review()),
                module.sources().files().seen(),
                module.sources().files().failed(),
                module.sources().files().linesOfCode(),
                cells(module, scores),
                decimal(strongFit(module, scores)),
                decimal(avoid(module, scores)),
                headline(module),
                signals,
                module.evidence().signals().stream()
                        .mapToInt(SignalResult::count)
                        .sum(),
                signals.stream().mapToInt(signal -> signal.evidence().size()).sum(),
                module.adoption() == null || module.adoption().hotspots().isEmpty()
                        ? null
                        : hotspots(module.adoption(), links),
                module.adoption() == null || module.adoption().firstStep() == null
                        ? null
                        : firstStep(module.adoption().firstStep()),
                problems(module, anchor, links),
                module.sources().notes(),
                module.sources().roots(),
                module.graph().dependsOn(),
                module.graph().dependents(),
                SuppressionViews.of(module),
                margin(module.judgement().margin()),
                leansToward(module.judgement().margin()),
                module.extraction() == null ? null : ExtractionViews.of(module.extraction()));
    }

    private static List<QuestionView> questions(ModuleResult module) {
        List<QuestionView> questions = new ArrayList<>();
        for (QuestionAnswer answer : module.judgement().questions()) {
            AnswerView declared = answer.declared() == null ? null : Labels.answer(answer.declared());
            AnswerView inferred = Labels.answer(answer.inferred());
            questions.add(new QuestionView(
                    answer.question().key(),
                    Labels.shortLabel(answer.question()),
                    answer.question().text(),
                    inferred,
                    declared,
                    answer.reasons()));
        }
        return questions;
    }

    /** How many questions the module answers yes, declared or inferred. */
    private static int yes(ModuleResult module) {
        return (int) module.judgement().questions().stream()
                .filter(answer -> answer.effective() == Answer.YES)
                .count();
    }

    private static Map<Criterion, CriterionScore> scores(ModuleResult module) {
        Map<Criterion, CriterionScore> scores = new EnumMap<>(Criterion.class);
        for (CriterionScore score : module.evidence().criteria()) {
            scores.put(score.criterion(), score);
        }
        return scores;
    }

    /** One cell per criterion, in the criteria's order; a criterion the rationale does not cite is muted. */
    private static List<Cell> cells(ModuleResult module, Map<Criterion, CriterionScore> scores) {
        Set<Criterion> cited = cited(module);
        List<Cell> cells = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            CriterionScore score = scores.get(criterion);
            String strength = score == null ? "none" : score.strength().name().toLowerCase(Locale.ROOT);
            boolean isCited = cited.contains(criterion);
            cells.add(new Cell(
                    criterion.id(),
                    strength,
                    score == null ? 0 : score.count(),
                    score == null ? decimal(0) : Figures.density(criterion, score.perKloc()),
                    isCited,
                    isCited ? strength : "none",
                    !isCited && score != null && score.count() > 0));
        }
        return cells;
    }

    /** The densest signals first, then the most frequent, then by id. */
    private static List<SignalView> signals(ModuleResult module, SourceLinks links) {
        return module.evidence().signals().stream()
                .sorted(Comparator.comparingDouble(SignalResult::perKloc)
                        .reversed()
                        .thenComparing(
                                Comparator.comparingInt(SignalResult::count).reversed())
                        .thenComparing(SignalResult::id))
                .map(signal -> signal(signal, links))
                .toList();
    }

    private static List<ProblemView> problems(ModuleResult module, String anchor, SourceLinks links) {
        return module.sources().parseProblems().stream()
                .map(problem -> new ProblemView(
                        module.artifactId(),
                        anchor,
                        location(problem),
                        links.href(problem.file(), problem.line()),
                        problem.message()))
                .toList();
    }

    /** The verdict a margin that is not firm leans toward; null for a firm or missing margin. */
    private static VerdictView leansToward(Margin margin) {
        return margin == null || margin.firm() ? null : Labels.verdict(margin.leansToward());
    }

    /** What a module view says of a margin a result does not carry (it was written before margins). */
    static final String NOT_COMPUTED = "not computed";

    /** {@code "firm"}, {@code "10% from Strong candidate"} or {@code "not computed"}. */
    static String margin(Margin margin) {
        if (margin == null) {
            return NOT_COMPUTED;
        }
        if (margin.firm()) {
            return "firm";
        }
        return String.format(
                Locale.ROOT,
                "%d%% from %s",
                Math.round(margin.distance() * 100),
                Labels.verdict(margin.leansToward()).label());
    }

    /**
     * The criteria the rationale cites, as the rule recorded them; none for a result written
     * before it did (the page says so rather than guess).
     */
    private static Set<Criterion> cited(ModuleResult module) {
        return module.judgement().basis() == null
                ? Set.of()
                : new HashSet<>(module.judgement().basis().cited());
    }

    /** The strong-fit evidence the rule compared with its threshold: the whole module weighed with its core. */
    static double strongFit(ModuleResult module, Map<Criterion, CriterionScore> scores) {
        return module.judgement().basis() != null ? module.judgement().basis().judged() : sum(scores, Side.STRONG_FIT);
    }

    static double avoid(ModuleResult module, Map<Criterion, CriterionScore> scores) {
        return module.judgement().basis() != null ? module.judgement().basis().avoid() : sum(scores, Side.AVOID);
    }

    private static double sum(Map<Criterion, CriterionScore> scores, Side side) {
        return scores.values().stream()
                .filter(score -> score.side() == side && score.criterion() != Criterion.PROTOTYPE)
                .mapToDouble(CriterionScore::perKloc)
                .sum();
    }

    /**
     * The rationale's last sentence says what the rule concluded; a module settled by what it is
     * says it first.
     */
    private static String headline(ModuleResult module) {
        if (module.judgement().rationale().isEmpty()) {
            return "";
        }
        boolean gated =
                module.judgement().basis() != null && module.judgement().basis().settledBeforeEvidence();
        return gated || module.judgement().rationale().size() == 1
                ? module.judgement().rationale().get(0)
                : module.judgement()
                        .rationale()
                        .get(module.judgement().rationale().size() - 1);
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
        ReviewState.Recorded recorded = state.recorded();
        if (recorded != null) {
            addFact(details, "Decision", recorded.decision());
            addFact(details, "Rationale", recorded.rationale());
            if (!recorded.reviewers().isEmpty()) {
                details.add(new Fact("Reviewers", String.join(", ", recorded.reviewers())));
            }
            addFact(details, "Reviewed", recorded.date());
            addFact(details, "Revisit by", recorded.revisitBy());
        }
        addFact(details, "Evidence", state.evidence());
        state.problems().forEach(problem -> details.add(new Fact("Problem", problem)));
        return new ReviewView(status, css, details);
    }

    private static void addFact(List<Fact> facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(label, value));
        }
    }

    private static List<HotspotView> hotspots(Adoption adoption, SourceLinks links) {
        return adoption.hotspots().stream()
                .map(hotspot -> new HotspotView(
                        hotspot.type(),
                        hotspot.file(),
                        links.href(hotspot.file(), 0),
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
     * The heaviest evidence first: files with the most occurrences of the signal lead, each file's
     * lines in order. Repeated lines (the same snippet again in the same file) fold into one line
     * with a count, and at most {@link #EVIDENCE_SHOWN_PER_SIGNAL} lines are shown.
     */
    static SignalView signal(SignalResult signal, SourceLinks links) {
        Map<String, List<Evidence>> byFile = new TreeMap<>();
        for (Evidence evidence : signal.evidence().stream().sorted().toList()) {
            byFile.computeIfAbsent(evidence.file(), file -> new ArrayList<>()).add(evidence);
        }
        List<List<Evidence>> heaviestFirst = new ArrayList<>(byFile.values());
        heaviestFirst.sort(Comparator.comparingInt((List<Evidence> file) -> -file.size())
                .thenComparing(file -> file.get(0).file()));
        List<EvidenceView> shown = new ArrayList<>();
        int shownOccurrences = 0;
        outer:
        for (List<Evidence> file : heaviestFirst) {
            Evidence previous = null;
            int repeats = 0;
            for (Evidence evidence : file) {
                if (previous != null && previous.snippet().equals(evidence.snippet())) {
                    repeats++;
                    continue;
                }
                if (previous != null) {
                    shown.add(evidenceView(previous, repeats, links));
                    shownOccurrences += 1 + repeats;
                    if (shown.size() == EVIDENCE_SHOWN_PER_SIGNAL) {
                        break outer;
                    }
                }
                previous = evidence;
                repeats = 0;
            }
            if (previous != null) {
                shown.add(evidenceView(previous, repeats, links));
                shownOccurrences += 1 + repeats;
                if (shown.size() == EVIDENCE_SHOWN_PER_SIGNAL) {
                    break;
                }
            }
        }
        int total = Math.max(signal.count(), signal.evidence().size() + signal.evidenceOmitted());
        return new SignalView(
                signal.id(),
                signal.criterion().id(),
                Labels.label(signal.criterion()),
                Labels.side(signal.criterion().side()),
                signal.description(),
                signal.count(),
                decimal(signal.perKloc()),
                shown,
                Math.max(0, total - shownOccurrences));
    }

    private static EvidenceView evidenceView(Evidence evidence, int repeats, SourceLinks links) {
        String location = evidence.line() > 0 ? evidence.file() + ":" + evidence.line() : evidence.file();
        return new EvidenceView(location, links.href(evidence.file(), evidence.line()), evidence.snippet(), repeats);
    }
}
