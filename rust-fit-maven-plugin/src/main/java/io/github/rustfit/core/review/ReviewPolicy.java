package io.github.rustfit.core.review;

/**
 * How strict the review gate is.
 *
 * @param requirement from which verdict on a review is required
 * @param driftTolerance how far the evidence may move since the review before it is stale, as a
 *     fraction ({@code 0.1} is 10%) of the reviewed signal occurrences and lines of code
 * @param revisitWarningDays how many days before its revisit date a review starts to warn
 * @param failOnMissingReview whether review problems fail the build (else they only warn)
 * @param failOnManifestMismatch whether modules no component covers, and components naming
 *     modules that do not exist, fail the build (else they only warn)
 * @param failOnUnreadableSources whether a module whose sources could not all be read fails the
 *     build (else it only warns): its verdict may be understated, so whether it needs a review
 *     cannot be known
 */
public record ReviewPolicy(
        ReviewRequirement requirement,
        double driftTolerance,
        int revisitWarningDays,
        boolean failOnMissingReview,
        boolean failOnManifestMismatch,
        boolean failOnUnreadableSources) {

    public static final double DEFAULT_DRIFT_TOLERANCE = 0.10;
    public static final int DEFAULT_REVISIT_WARNING_DAYS = 30;

    public ReviewPolicy {
        if (driftTolerance < 0 || Double.isNaN(driftTolerance)) {
            throw new IllegalArgumentException("driftTolerance must be 0 or more, was " + driftTolerance);
        }
        if (revisitWarningDays < 0) {
            throw new IllegalArgumentException("revisitWarningDays must be 0 or more, was " + revisitWarningDays);
        }
    }

    /** A policy under which unreadable sources fail the build. */
    public ReviewPolicy(
            ReviewRequirement requirement,
            double driftTolerance,
            int revisitWarningDays,
            boolean failOnMissingReview,
            boolean failOnManifestMismatch) {
        this(requirement, driftTolerance, revisitWarningDays, failOnMissingReview, failOnManifestMismatch, true);
    }

    /**
     * The defaults: strong candidates need a review, problems fail, mismatches warn, unreadable
     * sources fail.
     */
    public static ReviewPolicy defaults() {
        return new ReviewPolicy(
                ReviewRequirement.STRONG_CANDIDATE, DEFAULT_DRIFT_TOLERANCE, DEFAULT_REVISIT_WARNING_DAYS, true, false);
    }

    public ReviewPolicy withRequirement(ReviewRequirement newRequirement) {
        return new ReviewPolicy(
                newRequirement,
                driftTolerance,
                revisitWarningDays,
                failOnMissingReview,
                failOnManifestMismatch,
                failOnUnreadableSources);
    }

    /** Whether a problem of {@code kind} fails the build under this policy. */
    public ReviewProblem.Severity severityOf(ReviewProblem.Kind kind) {
        boolean fails = switch (kind.strictness()) {
            case REVIEWS -> failOnMissingReview;
            case MANIFEST_MISMATCH -> failOnManifestMismatch;
            case UNREADABLE_SOURCES -> failOnUnreadableSources;
            case MANIFEST_ERROR -> true;
            case ADVICE -> false;
        };
        return fails ? ReviewProblem.Severity.ERROR : ReviewProblem.Severity.WARNING;
    }

    /**
     * True when {@code other} judges reviews the same way (the same requirement, tolerance and
     * warning period), so that a judgement under one holds under the other, whatever each fails on.
     */
    public boolean judgesLike(ReviewPolicy other) {
        return requirement == other.requirement
                && Double.compare(driftTolerance, other.driftTolerance) == 0
                && revisitWarningDays == other.revisitWarningDays;
    }

    public ReviewPolicy withFailOnUnreadableSources(boolean fail) {
        return new ReviewPolicy(
                requirement, driftTolerance, revisitWarningDays, failOnMissingReview, failOnManifestMismatch, fail);
    }
}
