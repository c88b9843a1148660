package io.github.rustfit.core.criteria;

import java.util.Locale;

/**
 * How strongly one article criterion shows in a module.
 *
 * @param criterion the criterion
 * @param side whether it pulls towards or away from Rust
 * @param count occurrences of all signals serving the criterion
 * @param perKloc those occurrences per thousand lines of code
 * @param strength {@code NONE}, {@code WEAK} or {@code STRONG}, from the density thresholds
 */
public record CriterionScore(Criterion criterion, Side side, int count, double perKloc, Strength strength) {

    /** No analysis counts below zero: a result that does (a damaged cache or file) is refused, never used. */
    public static final String OUT_OF_RANGE =
            "criterion %s: count %d and perKloc %s must be finite numbers of 0 or more";

    public CriterionScore {
        if (count < 0 || !(perKloc >= 0) || Double.isInfinite(perKloc)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, OUT_OF_RANGE, criterion, count, perKloc));
        }
    }

    /** How far a criterion's density reaches. */
    public enum Strength {
        NONE,
        WEAK,
        STRONG
    }
}
