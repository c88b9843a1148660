package io.github.rustfit.core.review;

import java.util.Locale;

/**
 * One thing the review gate found wrong, as data: which module, where in the manifest, what is
 * wrong and how to fix it. {@link #message()} renders it as the one line the build log shows;
 * {@link #sentence()} as the sentence the result and reports keep.
 *
 * @param module the module (artifactId) or, for a phantom, the name the manifest uses
 * @param kind what is wrong
 * @param severity whether it fails the build
 * @param where the manifest file and line, or another place to look
 * @param what what is wrong, as a clause ({@code its review was due for a revisit on ...})
 * @param fix what to do about it
 */
public record ReviewProblem(String module, Kind kind, Severity severity, String where, String what, String fix) {

    /** What is wrong, and which setting decides whether it fails the build. */
    public enum Kind {
        MISSING_REVIEW(Strictness.REVIEWS),
        STALE_EVIDENCE(Strictness.REVIEWS),
        VERDICT_ROSE(Strictness.REVIEWS),
        EXPIRED(Strictness.REVIEWS),
        /** The review is dated after today, so it cannot have been made yet: a mistyped date. */
        FUTURE_DATE(Strictness.REVIEWS),
        /**
         * The review is to be revisited more than {@link ReviewDates#MAX_HOLD_YEARS} years after it was
         * made: a mistyped year.
         */
        DISTANT_REVISIT(Strictness.REVIEWS),
        DUE_SOON(Strictness.ADVICE),
        PLACEHOLDER_RATIONALE(Strictness.REVIEWS),
        NO_REVIEWER(Strictness.REVIEWS),
        UNCOVERED_MODULE(Strictness.MANIFEST_MISMATCH),
        PHANTOM_MODULE(Strictness.MANIFEST_MISMATCH),
        UNREADABLE_SOURCES(Strictness.UNREADABLE_SOURCES),
        DUPLICATE_MODULE(Strictness.MANIFEST_ERROR);

        private final Strictness strictness;

        Kind(Strictness strictness) {
            this.strictness = strictness;
        }

        /** The setting that decides whether a problem of this kind fails the build. */
        public Strictness strictness() {
            return strictness;
        }
    }

    /** Which part of the policy makes a kind of problem an error. */
    public enum Strictness {
        /** {@code failOnMissingReview}. */
        REVIEWS,
        /** {@code failOnManifestMismatch}. */
        MANIFEST_MISMATCH,
        /** {@code failOnUnreadableSources}. */
        UNREADABLE_SOURCES,
        /** Always an error: the manifest contradicts itself. */
        MANIFEST_ERROR,
        /** Never an error: a reminder. */
        ADVICE
    }

    /** Whether a problem fails the build. */
    public enum Severity {
        ERROR,
        WARNING
    }

    /** A problem of {@code kind}, as severe as {@code policy} makes it. */
    static ReviewProblem of(String module, Kind kind, ReviewPolicy policy, String where, String what, String fix) {
        return new ReviewProblem(module, kind, policy.severityOf(kind), where, what, fix);
    }

    /** {@code <module>: <what> (<where>). Fix: <fix>}, the one line the build log shows. */
    public String message() {
        return module + ": " + what + " (" + where + "). Fix: " + fix;
    }

    /** What is wrong, as a sentence without the module's name, the place or the fix. */
    public String sentence() {
        return what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1) + ".";
    }

    /** This problem, as severe as {@code policy} makes it. */
    public ReviewProblem under(ReviewPolicy policy) {
        return new ReviewProblem(module, kind, policy.severityOf(kind), where, what, fix);
    }
}
