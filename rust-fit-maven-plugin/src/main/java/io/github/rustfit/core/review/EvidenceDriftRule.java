package io.github.rustfit.core.review;

import io.github.rustfit.core.criteria.Figures;
import io.github.rustfit.core.manifest.Review;
import io.github.rustfit.core.manifest.ReviewEvidence;
import io.github.rustfit.core.review.ReviewProblem.Kind;
import java.util.List;
import java.util.Locale;

/**
 * A review is stale when the evidence moved beyond the tolerance since, or cannot be compared at all.
 * Evidence moves with the code and with what the build counts of it (excludes, test or generated
 * roots, suppressions), so the message speaks of the evidence, not of the code alone.
 */
final class EvidenceDriftRule implements ReviewRule {

    static final String STALE = "the evidence moved %2$s since its review of %1$s, beyond the %3$s tolerance";
    static final String UNMEASURABLE = "its review's evidence digest does not match the evidence now, and the review"
            + " records no counts to measure the drift by";
    static final String REVIEW_AGAIN = "review it again (%s), then %s";

    @Override
    public void check(ModuleUnderReview subject, Review review, List<ReviewProblem> out) {
        ReviewEvidence evidence = subject.evidence();
        double drift = evidence.driftSince(review);
        String where = subject.where("review");
        if (Double.isInfinite(drift)) {
            out.add(subject.problem(
                    Kind.STALE_EVIDENCE, where, UNMEASURABLE, "review it again, then " + subject.recordIt()));
        } else if (drift > subject.context().policy().driftTolerance()) {
            String what = String.format(
                    Locale.ROOT,
                    STALE,
                    review.date(),
                    Figures.percent(drift, subject.context().policy().driftTolerance()),
                    Figures.percent(subject.context().policy().driftTolerance(), drift));
            String moved = "what moved: " + String.join(", ", evidence.movesSince(review));
            out.add(subject.problem(
                    Kind.STALE_EVIDENCE,
                    where,
                    what,
                    String.format(Locale.ROOT, REVIEW_AGAIN, moved, subject.recordIt())));
        }
    }
}
