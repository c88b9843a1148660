package io.github.rustfit.core.criteria;

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

    /** How far a criterion's density reaches. */
    public enum Strength {
        NONE,
        WEAK,
        STRONG
    }
}
