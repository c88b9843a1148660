package io.github.rustfit.core.result;

import java.util.List;

/**
 * Where a module's fit review stands, as the review gate judged it against the component
 * manifest.
 *
 * @param status the review's state
 * @param required whether the module's verdict calls for a review under the configured policy
 * @param component the manifest component covering the module, or null when none does
 * @param recorded the review the manifest records, or null when it records none
 * @param evidence the digest of the module's evidence now, to record in a review
 * @param problems what is wrong with the review, one sentence each
 */
public record ReviewState(
        Status status, boolean required, String component, Recorded recorded, String evidence, List<String> problems) {

    public ReviewState {
        problems = List.copyOf(problems);
    }

    /**
     * A review as the manifest records it.
     *
     * @param decision the recorded decision ({@code rust-candidate}, ...)
     * @param rationale the review's rationale in the team's words
     * @param reviewers who reviewed
     * @param date the review's date ({@code yyyy-MM-dd})
     * @param revisitBy the date by which it must be looked at again
     */
    public record Recorded(String decision, String rationale, List<String> reviewers, String date, String revisitBy) {

        public Recorded {
            reviewers = List.copyOf(reviewers);
        }
    }

    /** The state of a module's review. */
    public enum Status {
        /** No review is recorded, and none is required. */
        NONE,
        /** A review is recorded and holds. */
        OK,
        /** The review holds, but its revisit date is close. */
        DUE_SOON,
        /** A review is required, and none is recorded. */
        MISSING,
        /** The code or the verdict moved since the review. */
        STALE,
        /** The review's revisit date has passed. */
        EXPIRED,
        /**
         * The review has no real rationale, names no reviewer, is dated after today, or is to be
         * revisited more than two years after it was made.
         */
        INCOMPLETE
    }
}
