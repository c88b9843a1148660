package io.github.rustfit.report.model;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.RunSettings;
import io.github.rustfit.core.result.SignalResult;
import io.github.rustfit.report.model.ReportModel.Comparison;
import io.github.rustfit.report.model.ReportModel.ModuleRef;
import io.github.rustfit.report.model.ReportModel.SettingChange;
import io.github.rustfit.report.model.ReportModel.SignalChange;
import io.github.rustfit.report.model.ReportModel.VerdictChange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
                earlier.toolVersion(),
                added,
                dropped,
                verdictChanges,
                signalChanges,
                addedModules,
                removed,
                settingChanges(earlier, now));
    }

    /**
     * The settings that change what evidence is found, where the two results differ: which sources
     * were read, at which language level, and by which version of the rules. The evidence kept per
     * signal is not among them: it bounds the lines listed, never the counts compared.
     */
    static List<SettingChange> settingChanges(AnalysisResult earlier, AnalysisResult now) {
        List<SettingChange> changes = new ArrayList<>();
        RunSettings was = earlier.settings();
        RunSettings is = now.settings();
        if (was != null && is != null) {
            differ(changes, "includeTests", was.includeTests(), is.includeTests());
            differ(changes, "includeGenerated", was.includeGenerated(), is.includeGenerated());
            differ(changes, "excludes", globs(was.excludes()), globs(is.excludes()));
            if (!Objects.equals(level(was.languageLevel()), level(is.languageLevel()))) {
                changes.add(new SettingChange("languageLevel", was.languageLevel(), is.languageLevel()));
            }
        }
        differ(changes, "rust-fit version", earlier.toolVersion(), now.toolVersion());
        return changes;
    }

    private static void differ(List<SettingChange> changes, String setting, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new SettingChange(setting, String.valueOf(before), String.valueOf(after)));
        }
    }

    /** A language level without the parser's prefix, so {@code 21} and {@code JAVA_21} are one level. */
    private static String level(String name) {
        return name == null ? null : name.replaceFirst("^JAVA_", "");
    }

    /** The globs in a stable order, so the same globs given in another order are no change. */
    private static String globs(List<String> excludes) {
        return excludes.isEmpty() ? "none" : String.join(", ", new TreeSet<>(excludes));
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
