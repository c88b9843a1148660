package io.github.rustfit.core.review;

import io.github.rustfit.core.criteria.Verdict;

/** From which verdict on a module needs a recorded fit review. */
public enum ReviewRequirement {
    /** Only strong candidates (the default). */
    STRONG_CANDIDATE,
    /** Strong candidates and modules to consider. */
    CONSIDER,
    /** Every module with analysed sources. */
    ALL;

    /** True when a module with this verdict needs a review. */
    public boolean requires(Verdict verdict) {
        return switch (this) {
            case STRONG_CANDIDATE -> verdict.isAtLeast(Verdict.STRONG_CANDIDATE);
            case CONSIDER -> verdict.isAtLeast(Verdict.CONSIDER);
            case ALL -> verdict.isAtLeast(Verdict.KEEP);
        };
    }
}
