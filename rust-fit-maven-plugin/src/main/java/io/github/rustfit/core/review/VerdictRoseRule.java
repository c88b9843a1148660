package io.github.rustfit.core.review;

import io.github.rustfit.core.manifest.Review;
import io.github.rustfit.core.review.ReviewProblem.Kind;
import java.util.List;
import java.util.Locale;

/** A review is stale when the module's verdict rose above the one the review saw. */
final class VerdictRoseRule implements ReviewRule {

    static final String ROSE = "its verdict rose from %s at the review of %s to %s now";

    @Override
    public void check(ModuleUnderReview subject, Review review, List<ReviewProblem> out) {
        if (review.seen().verdict() != null
                && subject.module().verdict().compareTo(review.seen().verdict()) > 0) {
            out.add(subject.problem(
                    Kind.VERDICT_ROSE,
                    subject.where("review"),
                    String.format(
                            Locale.ROOT,
                            ROSE,
                            review.seen().verdict(),
                            review.date(),
                            subject.module().verdict()),
                    "review it again, then " + subject.recordIt()));
        }
    }
}
