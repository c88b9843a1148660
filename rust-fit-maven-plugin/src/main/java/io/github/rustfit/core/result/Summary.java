package io.github.rustfit.core.result;

import io.github.rustfit.core.criteria.Verdict;
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
}
