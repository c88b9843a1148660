package io.github.rustfit.core.analysis;

import io.github.rustfit.core.adoption.AdoptionAdvisor;
import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.CriterionScore;
import io.github.rustfit.core.criteria.Decision;
import io.github.rustfit.core.criteria.DecisionRule;
import io.github.rustfit.core.criteria.Margin;
import io.github.rustfit.core.criteria.Margins;
import io.github.rustfit.core.criteria.ModuleEvidence;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.QuestionAnswer;
import io.github.rustfit.core.criteria.QuestionInference;
import io.github.rustfit.core.criteria.Thresholds;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.Adoption;
import io.github.rustfit.core.result.Evidence;
import io.github.rustfit.core.result.FileStats;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.SignalResult;
import io.github.rustfit.core.signals.registry.SignalRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Turns one module's file reports and module findings into its {@link ModuleResult}. */
final class ModuleAssembler {

    /**
     * A signal as the assembler needs it.
     *
     * @param id its id
     * @param criterion the criterion it serves
     * @param description what it looks for
     * @param trait the trait its findings show, if any
     * @param moduleLevel whether it judges the module as a whole (its findings then assert the trait)
     */
    record SignalInfo(String id, Criterion criterion, String description, Optional<Trait> trait, boolean moduleLevel) {

        /** A signal whose trait, if any, is the registered signal's of the same id. */
        SignalInfo(String id, Criterion criterion, String description) {
            this(id, criterion, description, SignalRegistry.traitOf(id), SignalRegistry.isModuleSignal(id));
        }

        /** True when its findings temper the evidence instead of adding to its criterion. */
        boolean tempers() {
            return trait.filter(Trait::tempers).isPresent();
        }
    }

    private final Map<String, SignalInfo> signals;
    private final int maxEvidence;

    ModuleAssembler(Map<String, SignalInfo> signals, int maxEvidence) {
        this.signals = signals;
        this.maxEvidence = maxEvidence;
    }

    /** An empty tally for one module's files, keeping as much evidence as results show. */
    ModuleTally newTally() {
        return newTally(ModuleSuppressions.NONE);
    }

    /** An empty tally for one module's files, setting aside what {@code suppressions} match. */
    ModuleTally newTally(ModuleSuppressions suppressions) {
        // a tempering signal's findings show a trait; they never count for a criterion or the core
        return new ModuleTally(
                maxEvidence,
                id -> {
                    SignalInfo info = signals.get(id);
                    return info == null || info.tempers() ? null : info.criterion();
                },
                suppressions);
    }

    /** Everything known about one module before judgement. */
    record Input(
            ModuleRequest request,
            String path,
            List<String> sourceRoots,
            ModuleTally tally,
            List<String> notes,
            int unreadable,
            int excluded,
            List<String> dependsOn,
            List<String> dependents,
            int reactorSize,
            Map<Question, Answer> declaredAnswers) {}

    ModuleResult assemble(Input in) {
        ModuleTally tally = in.tally();
        long linesOfCode = tally.linesOfCode();
        Map<Criterion, Integer> countByCriterion = new EnumMap<>(Criterion.class);
        Set<Trait> namedTraits = EnumSet.noneOf(Trait.class);
        Map<Trait, Integer> traitCounts = new EnumMap<>(Trait.class);
        List<SignalResult> signalResults =
                signalResults(tally, linesOfCode, countByCriterion, namedTraits, traitCounts);
        ModuleEvidence evidence = evidence(in, criteria(countByCriterion, linesOfCode), namedTraits, traitCounts);
        Function<ModuleEvidence, List<QuestionAnswer>> answering = e -> QuestionInference.infer(e).stream()
                .map(answer -> answer.withDeclared(in.declaredAnswers().get(answer.question())))
                .toList();
        List<QuestionAnswer> answers = answering.apply(evidence);
        Decision decision = DecisionRule.decide(evidence, answers);
        Margin margin = Margins.of(evidence, answering);
        Adoption adoption = decision.verdict().isAtLeast(Verdict.CONSIDER) ? advise(in) : null;
        ModuleRequest request = in.request();
        FileStats files = new FileStats(
                tally.files(),
                tally.parsedFiles(),
                tally.files() - tally.parsedFiles(),
                linesOfCode,
                in.unreadable(),
                in.excluded());
        return new ModuleResult(
                new ModuleResult.Identity(request.groupId(), request.artifactId(), in.path(), request.packaging()),
                new ModuleResult.Sources(in.sourceRoots(), files, tally.problems(), in.notes()),
                new ModuleResult.Graph(in.dependsOn(), in.dependents()),
                new ModuleResult.Findings(
                        signalResults, new ArrayList<>(evidence.criteria().values()), tally.suppressed()),
                new ModuleResult.Judgement(
                        answers,
                        decision.verdict(),
                        decision.rationale(),
                        decision.whatWouldChange(),
                        decision.basis(),
                        margin),
                null,
                adoption);
    }

    /**
     * Every signal that fired, with its density; adds each count to its criterion's, or, for a
     * signal that shows a trait, names the trait (a module-level signal) or counts toward it.
     */
    private List<SignalResult> signalResults(
            ModuleTally tally,
            long linesOfCode,
            Map<Criterion, Integer> countByCriterion,
            Set<Trait> namedTraits,
            Map<Trait, Integer> traitCounts) {
        List<SignalResult> results = new ArrayList<>();
        for (String id : tally.signalIds()) {
            SignalInfo info = signals.get(id);
            int count = tally.count(id);
            info.trait().ifPresent(trait -> {
                if (info.moduleLevel()) {
                    namedTraits.add(trait);
                } else {
                    traitCounts.merge(trait, count, Integer::sum);
                }
            });
            List<Evidence> kept = tally.evidence(id);
            results.add(new SignalResult(
                    id,
                    info.criterion(),
                    info.description(),
                    count,
                    Thresholds.perKloc(count, linesOfCode),
                    kept,
                    count - kept.size()));
            if (!info.tempers()) {
                countByCriterion.merge(info.criterion(), count, Integer::sum);
            }
        }
        return results;
    }

    /** Every criterion's count, density and strength, in declaration order. */
    private static Map<Criterion, CriterionScore> criteria(Map<Criterion, Integer> countByCriterion, long linesOfCode) {
        Map<Criterion, CriterionScore> criteria = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            int count = countByCriterion.getOrDefault(criterion, 0);
            double perKloc = Thresholds.perKloc(count, linesOfCode);
            criteria.put(
                    criterion,
                    new CriterionScore(
                            criterion,
                            criterion.side(),
                            count,
                            perKloc,
                            Thresholds.strength(criterion, count, perKloc)));
        }
        return criteria;
    }

    /** What the questions and the decision rule weigh. */
    private static ModuleEvidence evidence(
            Input in,
            Map<Criterion, CriterionScore> criteria,
            Set<Trait> namedTraits,
            Map<Trait, Integer> traitCounts) {
        ModuleTally tally = in.tally();
        return new ModuleEvidence(
                in.request().artifactId(),
                in.request().packaging(),
                tally.linesOfCode(),
                tally.parsedFiles(),
                criteria,
                in.dependents(),
                in.reactorSize(),
                tally.moduleCriteria().isEmpty()
                        ? EnumSet.noneOf(Criterion.class)
                        : EnumSet.copyOf(tally.moduleCriteria()),
                tally.core(),
                namedTraits,
                traitCounts);
    }

    private static Adoption advise(Input in) {
        boolean service = in.dependents().isEmpty() && in.tally().serviceShaped();
        return AdoptionAdvisor.advise(in.request().artifactId(), in.tally().hotspots(), service);
    }
}
