package io.github.rustfit.core.manifest;

import io.github.rustfit.core.criteria.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A recorded fit review of one component.
 *
 * @param decision what the review decided
 * @param rationale why, in the team's words
 * @param reviewers who reviewed
 * @param date when
 * @param revisitBy when the review must be looked at again
 * @param seen the evidence the review saw, against which the gate judges it stale
 */
public record Review(
        ReviewDecision decision,
        String rationale,
        List<String> reviewers,
        LocalDate date,
        LocalDate revisitBy,
        Seen seen) {

    public Review {
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
        seen = seen == null ? Seen.NOTHING : seen;
    }

    /**
     * What a review saw of its component's evidence ({@link ReviewEvidence} makes it from a result).
     *
     * @param verdict the tool's verdict the review saw, or null when not recorded
     * @param evidence the digest ({@code sha256:...}) of the evidence the review saw, or null
     * @param linesOfCode the component's lines of code the review saw, or null when not recorded
     * @param signals occurrences per signal id the review saw, or null when not recorded; with
     *     {@code linesOfCode} this lets the gate tell drift within tolerance from a real change
     * @param suppressed occurrences per signal id that suppressions set aside when the review was made,
     *     or null when none were; more set aside now than then makes the review stale
     */
    public record Seen(
            Verdict verdict,
            String evidence,
            Long linesOfCode,
            Map<String, Integer> signals,
            Map<String, Integer> suppressed) {

        /** A review that recorded nothing of the evidence. */
        public static final Seen NOTHING = new Seen(null, null, null, null, null);

        public Seen {
            signals = signals == null ? null : new TreeMap<>(signals);
            suppressed = suppressed == null ? null : new TreeMap<>(suppressed);
        }
    }
}
