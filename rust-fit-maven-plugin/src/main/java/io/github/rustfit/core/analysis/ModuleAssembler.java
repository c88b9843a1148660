package io.github.rustfit.core.analysis;

import io.github.rustfit.core.adoption.AdoptionAdvisor;
import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.CriterionScore;
import io.github.rustfit.core.criteria.Decision;
import io.github.rustfit.core.criteria.DecisionRule;
import io.github.rustfit.core.criteria.ModuleEvidence;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.QuestionAnswer;
import io.github.rustfit.core.criteria.QuestionInference;
import io.github.rustfit.core.criteria.Thresholds;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.Adoption;
import io.github.rustfit.core.result.Evidence;
import io.github.rustfit.core.result.FileStats;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.SignalResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Turns one module's file reports and module findings into its {@link ModuleResult}. */
final class ModuleAssembler {

    /** A signal as the assembler needs it: id, criterion, description. */
    record SignalInfo(String id, Criterion criterion, String description) {}

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
        return new ModuleTally(
                maxEvidence, id -> signals.containsKey(id) ? signals.get(id).criterion() : null, suppressions);
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
        List<SignalResult> signalResults = signalResults(tally, linesOfCode, countByCriterion);
        ModuleEvidence evidence = evidence(in, criteria(countByCriterion, linesOfCode));
        List<QuestionAnswer> answers = QuestionInference.infer(evidence).stream()
                .map(answer -> answer.withDeclared(in.declaredAnswers().get(answer.question())))
                .toList();
        Decision decision = DecisionRule.decide(evidence, answers);
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
                        decision.basis()),
                null,
                adoption);
    }

    /** Every signal that fired, with its density; adds each count to its criterion's. */
    private List<SignalResult> signalResults(
            ModuleTally tally, long linesOfCode, Map<Criterion, Integer> countByCriterion) {
        List<SignalResult> results = new ArrayList<>();
        for (String id : tally.signalIds()) {
            SignalInfo info = signals.get(id);
            int count = tally.count(id);
            List<Evidence> kept = tally.evidence(id);
            results.add(new SignalResult(
                    id,
                    info.criterion(),
                    info.description(),
                    count,
                    Thresholds.perKloc(count, linesOfCode),
                    kept,
                    count - kept.size()));
            countByCriterion.merge(info.criterion(), count, Integer::sum);
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
    private static ModuleEvidence evidence(Input in, Map<Criterion, CriterionScore> criteria) {
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
                tally.core());
    }

    private static Adoption advise(Input in) {
        boolean service = in.dependents().isEmpty() && in.tally().serviceShaped();
        return AdoptionAdvisor.advise(in.request().artifactId(), in.tally().hotspots(), service);
    }
}
