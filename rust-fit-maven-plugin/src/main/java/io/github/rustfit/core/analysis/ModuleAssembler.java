package io.github.rustfit.core.analysis;

import io.github.rustfit.core.adoption.AdoptionAdvisor;
import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Decision;
import io.github.rustfit.core.criteria.DecisionRule;
import io.github.rustfit.core.criteria.ModuleCore;
import io.github.rustfit.core.criteria.ModuleEvidence;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.QuestionInference;
import io.github.rustfit.core.criteria.Thresholds;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.Adoption;
import io.github.rustfit.core.result.CriterionScore;
import io.github.rustfit.core.result.Evidence;
import io.github.rustfit.core.result.FileStats;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ParseProblem;
import io.github.rustfit.core.result.QuestionAnswer;
import io.github.rustfit.core.result.SignalResult;
import io.github.rustfit.core.signals.Finding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

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

    /** Everything known about one module before judgement. */
    record Input(
            ModuleRequest request,
            String path,
            List<String> sourceRoots,
            List<FileReport> files,
            List<Evidence> moduleFindings,
            List<String> moduleFindingSignals,
            List<String> notes,
            List<String> dependsOn,
            List<String> dependents,
            int reactorSize,
            Map<Question, Answer> declaredAnswers) {}

    ModuleResult assemble(Input in) {
        int parsed = (int) in.files().stream().filter(FileReport::parsed).count();
        long linesOfCode =
                in.files().stream().mapToLong(FileReport::linesOfCode).sum();
        FileStats stats = new FileStats(in.files().size(), parsed, in.files().size() - parsed, linesOfCode);
        List<ParseProblem> problems = in.files().stream()
                .map(FileReport::problem)
                .flatMap(Optional::stream)
                .toList();

        // occurrences per signal, in file order, as evidence
        Map<String, Map<String, List<Evidence>>> bySignalAndFile = new TreeMap<>();
        for (FileReport file : in.files()) {
            file.findings()
                    .forEach(finding -> bySignalAndFile
                            .computeIfAbsent(finding.signalId(), id -> new TreeMap<>())
                            .computeIfAbsent(file.file(), name -> new ArrayList<>())
                            .add(new Evidence(file.file(), finding.line(), finding.snippet())));
        }
        for (int i = 0; i < in.moduleFindings().size(); i++) {
            Evidence evidence = in.moduleFindings().get(i);
            bySignalAndFile
                    .computeIfAbsent(in.moduleFindingSignals().get(i), id -> new TreeMap<>())
                    .computeIfAbsent(evidence.file(), name -> new ArrayList<>())
                    .add(evidence);
        }

        List<SignalResult> signalResults = new ArrayList<>();
        Map<Criterion, Integer> countByCriterion = new EnumMap<>(Criterion.class);
        bySignalAndFile.forEach((id, byFile) -> {
            SignalInfo info = signals.get(id);
            int count = byFile.values().stream().mapToInt(List::size).sum();
            List<Evidence> kept = spreadOverFiles(byFile);
            signalResults.add(new SignalResult(
                    id,
                    info.criterion(),
                    info.description(),
                    count,
                    Thresholds.perKloc(count, linesOfCode),
                    kept,
                    count - kept.size()));
            countByCriterion.merge(info.criterion(), count, Integer::sum);
        });

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

        ModuleCore.Finder core = new ModuleCore.Finder();
        for (FileReport file : in.files()) {
            core.add(
                    file.packageName(),
                    file.linesOfCode(),
                    file.findings().stream()
                            .map(finding -> signals.get(finding.signalId()))
                            .filter(java.util.Objects::nonNull)
                            .map(SignalInfo::criterion)
                            .toList());
        }
        ModuleEvidence evidence = new ModuleEvidence(
                in.request().artifactId(),
                in.request().packaging(),
                linesOfCode,
                parsed,
                criteria,
                in.dependents(),
                in.reactorSize(),
                in.moduleFindingSignals().stream()
                        .map(id -> signals.get(id).criterion())
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Criterion.class))),
                core.find());
        List<QuestionAnswer> answers = QuestionInference.infer(evidence).stream()
                .map(answer -> answer.withDeclared(in.declaredAnswers().get(answer.question())))
                .toList();
        Decision decision = DecisionRule.decide(evidence, answers);

        Adoption adoption = decision.verdict().isAtLeast(Verdict.CONSIDER) ? advise(in) : null;
        return new ModuleResult(
                in.request().groupId(),
                in.request().artifactId(),
                in.path(),
                in.request().packaging(),
                in.sourceRoots(),
                stats,
                problems,
                in.notes(),
                in.dependsOn(),
                in.dependents(),
                signalResults,
                new ArrayList<>(evidence.criteria().values()),
                answers,
                decision.verdict(),
                decision.rationale(),
                decision.whatWouldChange(),
                null,
                adoption);
    }

    private Adoption advise(Input in) {
        List<AdoptionAdvisor.FileEvidence> files = new ArrayList<>();
        for (FileReport file : in.files()) {
            Map<String, Integer> counts = AdoptionAdvisor.strongFitCounts(
                    file.findings().stream().map(Finding::signalId).toList(),
                    id -> signals.containsKey(id) ? signals.get(id).criterion() : null);
            if (!counts.isEmpty()) {
                String simple =
                        file.file().substring(file.file().lastIndexOf('/') + 1).replaceFirst("\\.java$", "");
                String type = file.packageName().isEmpty() ? simple : file.packageName() + "." + simple;
                files.add(new AdoptionAdvisor.FileEvidence(type, file.file(), counts));
            }
        }
        boolean service = in.dependents().isEmpty()
                && in.files().stream()
                        .flatMap(file -> file.findings().stream())
                        .anyMatch(f -> signals.containsKey(f.signalId())
                                && signals.get(f.signalId()).criterion() == Criterion.SAFETY_CRITICAL_SERVICE);
        return AdoptionAdvisor.advise(in.request().artifactId(), files, service);
    }

    /**
     * Keeps at most {@code maxEvidence} occurrences, taking them from each file in turn so the
     * evidence shows how widely a signal is spread, not only the first file's lines.
     */
    private List<Evidence> spreadOverFiles(Map<String, List<Evidence>> byFile) {
        Map<String, Deque<Evidence>> queues = new LinkedHashMap<>();
        byFile.forEach((file, list) -> queues.put(file, new ArrayDeque<>(list)));
        List<Evidence> kept = new ArrayList<>();
        while (kept.size() < maxEvidence && !queues.isEmpty()) {
            var iterator = queues.values().iterator();
            while (iterator.hasNext() && kept.size() < maxEvidence) {
                Deque<Evidence> queue = iterator.next();
                kept.add(queue.removeFirst());
                if (queue.isEmpty()) {
                    iterator.remove();
                }
            }
        }
        kept.sort(null);
        return kept;
    }
}
