package io.github.rustfit.core.result;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One suppression of the manifest and the evidence it set aside: in a module's result, what it set
 * aside there; in the result's list of every suppression, what it set aside over the reactor (none:
 * it matched nothing, and is reported as unused).
 *
 * @param at where it is written in the manifest ({@code rust-fit.yaml:12})
 * @param signal the signal id it sets aside, or null for every signal in its files
 * @param files the globs of the files it covers; empty for every file
 * @param scope where it applies, in words ({@code every module}, {@code modules: a, b})
 * @param reason why the evidence is wrong, in the team's words
 * @param reviewer who judged it so
 * @param occurrences how many findings it set aside
 * @param signals those findings by signal id
 */
public record SuppressionUse(
        String at,
        String signal,
        List<String> files,
        String scope,
        String reason,
        String reviewer,
        int occurrences,
        Map<String, Integer> signals) {

    public SuppressionUse {
        files = files == null ? List.of() : List.copyOf(files);
        signals = signals == null ? Map.of() : new TreeMap<>(signals);
    }

    /** What it sets aside, in words: {@code concurrency.atomics in **}{@code /gen/**}. */
    public String describe() {
        String what = signal == null ? "every signal" : signal;
        return files.isEmpty() ? what : what + " in " + String.join(", ", files);
    }
}
