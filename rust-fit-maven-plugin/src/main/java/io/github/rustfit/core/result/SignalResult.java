package io.github.rustfit.core.result;

import io.github.rustfit.core.criteria.Criterion;
import java.util.List;
import java.util.Locale;

/**
 * One signal's findings in one module.
 *
 * @param id the signal's stable id
 * @param criterion the article criterion the signal serves
 * @param description what the signal looks for, in one sentence
 * @param count every occurrence found, including those whose evidence was not kept
 * @param perKloc occurrences per thousand lines of code of the module
 * @param evidence a bounded, deterministic selection of occurrences, spread over files
 * @param evidenceOmitted occurrences counted but not listed in {@code evidence}
 */
public record SignalResult(
        String id,
        Criterion criterion,
        String description,
        int count,
        double perKloc,
        List<Evidence> evidence,
        int evidenceOmitted) {

    /** No analysis counts below zero: a result that does (a damaged cache or file) is refused, never used. */
    public static final String OUT_OF_RANGE =
            "signal %s: count %d, perKloc %s and evidenceOmitted %d must be finite numbers of 0 or more";

    public SignalResult {
        if (count < 0 || evidenceOmitted < 0 || !(perKloc >= 0) || Double.isInfinite(perKloc)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, OUT_OF_RANGE, id, count, perKloc, evidenceOmitted));
        }
        evidence = List.copyOf(evidence);
    }
}
