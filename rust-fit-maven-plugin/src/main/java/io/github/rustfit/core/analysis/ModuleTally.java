package io.github.rustfit.core.analysis;

import io.github.rustfit.core.adoption.AdoptionAdvisor;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.ModuleCore;
import io.github.rustfit.core.extraction.ModuleOutline;
import io.github.rustfit.core.file.FileReport;
import io.github.rustfit.core.result.Evidence;
import io.github.rustfit.core.result.ParseProblem;
import io.github.rustfit.core.result.SuppressionUse;
import io.github.rustfit.core.signals.Finding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What one module's files add up to, gathered one file at a time so that no file report outlives
 * its file. It keeps counts, parse problems, the module's packages (with their lines and evidence,
 * to find the module's core) and, per signal, only the occurrences that can still be shown as
 * evidence: a module's tally grows with its packages, never with its files or findings.
 */
final class ModuleTally {

    private final int maxEvidence;
    private final Function<String, Criterion> criterionOf;
    private int files;
    private int parsedFiles;
    private long linesOfCode;
    private final List<ParseProblem> problems = new ArrayList<>();
    private final Set<String> packages = new TreeSet<>();
    private final Map<String, SignalTally> signals = new TreeMap<>();
    private final AdoptionAdvisor.Candidates hotspots = new AdoptionAdvisor.Candidates();
    private final ModuleSuppressions suppressions;
    private final ModuleCore.Finder core = new ModuleCore.Finder();
    private final Set<Criterion> moduleCriteria = EnumSet.noneOf(Criterion.class);
    private boolean serviceShaped;
    private ModuleOutline outline = new ModuleOutline();

    /**
     * @param maxEvidence occurrences kept per signal
     * @param criterionOf the criterion a signal id serves, null for an unknown id
     */
    ModuleTally(int maxEvidence, Function<String, Criterion> criterionOf) {
        this(maxEvidence, criterionOf, ModuleSuppressions.NONE);
    }

    /**
     * @param maxEvidence occurrences kept per signal
     * @param criterionOf the criterion a signal id serves, null for an unknown id
     * @param suppressions the suppressions that apply to the module: what they set aside counts for
     *     them, and for nothing else here
     */
    ModuleTally(int maxEvidence, Function<String, Criterion> criterionOf, ModuleSuppressions suppressions) {
        this.maxEvidence = maxEvidence;
        this.criterionOf = criterionOf;
        this.suppressions = suppressions;
    }

    /**
     * Adds one file's report; the report can be dropped afterwards. Findings a suppression sets
     * aside are counted for it and otherwise left out, as if the file had not shown them.
     */
    void add(FileReport file) {
        List<Finding> findings = suppressions.keep(file.file(), file.findings());
        files++;
        linesOfCode += file.linesOfCode();
        file.problem().ifPresent(problems::add);
        if (file.parsed()) {
            parsedFiles++;
            if (!file.packageName().isEmpty()) {
                packages.add(file.packageName());
            }
        }
        for (Finding finding : findings) {
            signal(finding.signalId()).add(new Evidence(file.file(), finding.line(), finding.snippet()));
            if (criterionOf.apply(finding.signalId()) == Criterion.SAFETY_CRITICAL_SERVICE) {
                serviceShaped = true;
            }
        }
        core.add(
                file.packageName(),
                file.linesOfCode(),
                findings.stream()
                        .map(finding -> criterionOf.apply(finding.signalId()))
                        .filter(Objects::nonNull)
                        .toList());
        Map<String, Integer> strongFit = AdoptionAdvisor.strongFitCounts(
                findings.stream().map(Finding::signalId).toList(), criterionOf);
        if (!strongFit.isEmpty()) {
            String simple =
                    file.file().substring(file.file().lastIndexOf('/') + 1).replaceFirst("\\.java$", "");
            String type = file.packageName().isEmpty() ? simple : file.packageName() + "." + simple;
            hotspots.add(new AdoptionAdvisor.FileEvidence(type, file.file(), strongFit));
        }
        outline.add(
                file.file(),
                file.linesOfCode(),
                file.packageName(),
                file.facts(),
                strongFit.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** The module's hotspot files, most strong-fit evidence first, as the adoption advice names them. */
    List<String> hotspotFiles(String artifactId) {
        return AdoptionAdvisor.advise(artifactId, hotspots, false).hotspots().stream()
                .map(io.github.rustfit.core.result.Adoption.Hotspot::file)
                .toList();
    }

    /** What the extraction plans need of the module's files; handed over once, when the module is done. */
    ModuleOutline takeOutline() {
        ModuleOutline taken = outline;
        outline = new ModuleOutline();
        return taken;
    }

    /**
     * Adds what a module signal found about the module as a whole, unless a suppression sets it
     * aside.
     *
     * @return whether it counts as the module's evidence
     */
    boolean addModuleFinding(String signalId, Evidence evidence) {
        if (suppressions.setsAside(signalId, evidence.file())) {
            return false;
        }
        signal(signalId).add(evidence);
        Criterion criterion = criterionOf.apply(signalId);
        if (criterion != null) {
            moduleCriteria.add(criterion);
        }
        return true;
    }

    /** The suppressions that set findings of this module aside, with how many each did. */
    List<SuppressionUse> suppressed() {
        return suppressions.uses();
    }

    private SignalTally signal(String id) {
        return signals.computeIfAbsent(id, key -> new SignalTally(maxEvidence));
    }

    int files() {
        return files;
    }

    int parsedFiles() {
        return parsedFiles;
    }

    long linesOfCode() {
        return linesOfCode;
    }

    List<ParseProblem> problems() {
        return List.copyOf(problems);
    }

    /** The packages declared by the module's parsed files, sorted, without the default package. */
    Set<String> packages() {
        return packages;
    }

    /** Signal ids with at least one occurrence, in id order. */
    Set<String> signalIds() {
        return signals.keySet();
    }

    int count(String signalId) {
        return signals.get(signalId).count;
    }

    /** The occurrences shown as evidence for {@code signalId}, in file and line order. */
    List<Evidence> evidence(String signalId) {
        return signals.get(signalId).kept();
    }

    /** The module's densest packages, found from every file's package, lines and findings. */
    ModuleCore core() {
        return core.find();
    }

    AdoptionAdvisor.Candidates hotspots() {
        return hotspots;
    }

    /** Criteria that module signals found for the module as a whole. */
    Set<Criterion> moduleCriteria() {
        return moduleCriteria;
    }

    /** Whether any file shows a network-facing, long-running service. */
    boolean serviceShaped() {
        return serviceShaped;
    }

    /**
     * One signal's occurrences in a module. The evidence shown takes occurrences from each file in
     * turn (in path order) until {@code maxEvidence} are taken, so it shows how widely the signal
     * is spread. Only the first {@code maxEvidence} files can contribute to that, and none of them
     * more than {@code maxEvidence} occurrences, so nothing else is kept.
     */
    static final class SignalTally {

        private final int maxEvidence;
        private final TreeMap<String, List<Evidence>> firstFiles = new TreeMap<>();
        private int count;

        SignalTally(int maxEvidence) {
            this.maxEvidence = maxEvidence;
        }

        void add(Evidence evidence) {
            count++;
            List<Evidence> inFile = firstFiles.get(evidence.file());
            if (inFile == null) {
                if (firstFiles.size() == maxEvidence && evidence.file().compareTo(firstFiles.lastKey()) > 0) {
                    return;
                }
                inFile = new ArrayList<>();
                firstFiles.put(evidence.file(), inFile);
                if (firstFiles.size() > maxEvidence) {
                    firstFiles.pollLastEntry();
                }
            }
            if (inFile.size() < maxEvidence) {
                inFile.add(evidence);
            }
        }

        int count() {
            return count;
        }

        /** How many occurrences are held to choose the evidence from. */
        int held() {
            return firstFiles.values().stream().mapToInt(List::size).sum();
        }

        List<Evidence> kept() {
            Map<String, Deque<Evidence>> queues = new LinkedHashMap<>();
            firstFiles.forEach((file, list) -> queues.put(file, new ArrayDeque<>(list)));
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
}
