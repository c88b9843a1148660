package io.github.rustfit.core.result;

import java.util.List;

/**
 * Where a module's fit review stands, as the review gate judged it against the component
 * manifest.
 *
 * @param status the review's state
 * @param required whether the module's verdict calls for a review under the configured policy
 * @param component the manifest component covering the module, or null when none does
 * @param decision the recorded decision ({@code rust-candidate}, ...), or null without a review
 * @param rationale the review's rationale in the team's words, or null without a review
 * @param reviewers who reviewed
 * @param date the review's date ({@code yyyy-MM-dd}), or null
 * @param revisitBy the date by which it must be looked at again, or null
 * @param evidence the digest of the module's evidence now, to record in a review
 * @param problems what is wrong with the review, one sentence each
 */
public record ReviewState(
        Status status,
        boolean required,
        String component,
        String decision,
        String rationale,
        List<String> reviewers,
        String date,
        String revisitBy,
        String evidence,
        List<String> problems) {

    public ReviewState {
        reviewers = List.copyOf(reviewers);
        problems = List.copyOf(problems);
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
        /** The review has no real rationale, or names no reviewer. */
        INCOMPLETE
    }
}
