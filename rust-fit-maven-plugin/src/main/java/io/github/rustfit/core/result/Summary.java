package io.github.rustfit.core.result;

import io.github.rustfit.core.criteria.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reactor-wide totals.
 *
 * @param modules number of reactor modules
 * @param verdicts how many modules received each verdict (every verdict is present)
 * @param files files seen, parsed and failed, and lines of code, over all modules
 */
public record Summary(int modules, Map<Verdict, Integer> verdicts, FileStats files) {

    public Summary {
        verdicts = new TreeMap<>(verdicts);
    }

    /** The totals of {@code modules}: every verdict counted (zero included), every file added up. */
    public static Summary of(List<ModuleResult> modules) {
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            verdicts.put(verdict, 0);
        }
        FileStats files = FileStats.EMPTY;
        for (ModuleResult module : modules) {
            verdicts.merge(module.verdict(), 1, Integer::sum);
            files = files.plus(module.sources().files());
        }
        return new Summary(modules.size(), verdicts, files);
    }
}
