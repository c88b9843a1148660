package io.github.rustfit.core.analysis;

import io.github.rustfit.core.manifest.FileGlob;
import io.github.rustfit.core.result.SuppressionUse;
import io.github.rustfit.core.signals.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The suppressions that apply to one module, and what each has set aside there so far. A finding
 * is set aside by the first suppression (in manifest order) that matches its signal and file, and
 * counted for that one only, so a suppression that only repeats an earlier one is seen to be unused.
 */
final class ModuleSuppressions {

    /** For a module no suppression applies to. */
    static final ModuleSuppressions NONE = new ModuleSuppressions(List.of());

    private final List<Applied> rules;

    private ModuleSuppressions(List<Applied> rules) {
        this.rules = rules;
    }

    /** The suppressions among {@code rules} that apply to the module, in the order given. */
    static ModuleSuppressions forModule(List<SuppressionRule> rules, String artifactId, String path) {
        List<Applied> applied = new ArrayList<>();
        for (SuppressionRule rule : rules) {
            if (rule.appliesTo(artifactId, path)) {
                applied.add(new Applied(
                        rule, rule.files().stream().map(FileGlob::of).toList()));
            }
        }
        return applied.isEmpty() ? NONE : new ModuleSuppressions(applied);
    }

    /** The findings of one file that no suppression sets aside; those set aside are counted. */
    List<Finding> keep(String file, List<Finding> findings) {
        if (rules.isEmpty() || findings.isEmpty()) {
            return findings;
        }
        List<Applied> onFile =
                rules.stream().filter(rule -> rule.coversFile(file)).toList();
        if (onFile.isEmpty()) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (!setAside(onFile, finding.signalId())) {
                kept.add(finding);
            }
        }
        return kept;
    }

    /** True, and counted, when a suppression sets aside this finding of {@code signalId} in {@code file}. */
    boolean setsAside(String signalId, String file) {
        return setAside(rules.stream().filter(rule -> rule.coversFile(file)).toList(), signalId);
    }

    private static boolean setAside(List<Applied> candidates, String signalId) {
        for (Applied rule : candidates) {
            if (rule.rule().signal() == null || rule.rule().signal().equals(signalId)) {
                rule.bySignal().merge(signalId, 1, Integer::sum);
                return true;
            }
        }
        return false;
    }

    /** The suppressions that set something aside in this module, in manifest order. */
    List<SuppressionUse> uses() {
        List<SuppressionUse> uses = new ArrayList<>();
        for (Applied rule : rules) {
            int count = rule.bySignal().values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
            if (count > 0) {
                uses.add(rule.rule().use(count, rule.bySignal()));
            }
        }
        return uses;
    }

    /** One suppression with its globs compiled, and its counts in this module. */
    private record Applied(SuppressionRule rule, List<FileGlob> globs, Map<String, Integer> bySignal) {

        Applied(SuppressionRule rule, List<FileGlob> globs) {
            this(rule, globs, new TreeMap<>());
        }

        boolean coversFile(String file) {
            return globs.isEmpty() || globs.stream().anyMatch(glob -> glob.matches(file));
        }
    }
}
