package io.github.rustfit.core.analysis;

import io.github.rustfit.core.result.SuppressionUse;
import java.util.List;
import java.util.Map;

/**
 * A suppression of the manifest as the analysis applies it: its components already resolved to
 * the modules they cover. Built by {@link Suppressions#resolve}.
 *
 * @param at where it is written in the manifest ({@code rust-fit.yaml:12})
 * @param signal the signal id it sets aside, or null for every signal in its files
 * @param files globs over source paths relative to the execution root; empty for every file
 * @param modules the artifactIds and module paths it applies to; empty for every module
 * @param scope where it applies, in words, for the result and messages
 * @param reason why the evidence is wrong, in the team's words
 * @param reviewer who judged it so
 */
public record SuppressionRule(
        String at,
        String signal,
        List<String> files,
        List<String> modules,
        String scope,
        String reason,
        String reviewer) {

    public SuppressionRule {
        files = List.copyOf(files);
        modules = List.copyOf(modules);
    }

    /** True when it applies to the module with this artifactId and path. */
    public boolean appliesTo(String artifactId, String path) {
        return modules.isEmpty() || modules.contains(artifactId) || modules.contains(path);
    }

    /** What it set aside, for a result. */
    public SuppressionUse use(int occurrences, Map<String, Integer> signals) {
        return new SuppressionUse(at, signal, files, scope, reason, reviewer, occurrences, signals);
    }
}
