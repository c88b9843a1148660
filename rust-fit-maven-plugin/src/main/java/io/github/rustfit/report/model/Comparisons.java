package io.github.rustfit.report.model;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.SignalResult;
import io.github.rustfit.report.model.ReportModel.Comparison;
import io.github.rustfit.report.model.ReportModel.ModuleRef;
import io.github.rustfit.report.model.ReportModel.SignalChange;
import io.github.rustfit.report.model.ReportModel.VerdictChange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The "since last time" section: what changed between an earlier result and this one. */
final class Comparisons {

    private Comparisons() {}

    static Comparison of(AnalysisResult earlier, AnalysisResult now, Map<ModuleResult, String> anchors) {
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
                added.add(new ModuleRef(module.artifactId(), anchor, Labels.verdict(module.verdict())));
            }
            if (!candidate && wasCandidate) {
                dropped.add(new ModuleRef(module.artifactId(), anchor, Labels.verdict(module.verdict())));
            }
            if (old == null) {
                continue;
            }
            if (old.verdict() != module.verdict()) {
                verdictChanges.add(new VerdictChange(
                        module.artifactId(), anchor, Labels.verdict(old.verdict()), Labels.verdict(module.verdict())));
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
        return module.identity().groupId() + ":" + module.artifactId();
    }

    private static Map<String, Integer> counts(ModuleResult module) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SignalResult signal : module.evidence().signals()) {
            counts.merge(signal.id(), signal.count(), Integer::sum);
        }
        return counts;
    }
}
