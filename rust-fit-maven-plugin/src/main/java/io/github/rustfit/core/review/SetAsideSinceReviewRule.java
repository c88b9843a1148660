package io.github.rustfit.core.review;

import io.github.rustfit.core.manifest.Review;
import io.github.rustfit.core.review.ReviewProblem.Kind;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A review is stale when suppressions set aside evidence it saw counted: a suppression added or
 * widened after a review cannot hide drift silently.
 */
final class SetAsideSinceReviewRule implements ReviewRule {

    static final String SET_ASIDE =
            "suppressions set aside evidence since its review of %s that the review saw counted: %s";

    @Override
    public void check(ModuleUnderReview subject, Review review, List<ReviewProblem> out) {
        var setAside = subject.evidence().setAsideSince(review);
        if (setAside.isEmpty()) {
            return;
        }
        String counts = setAside.entrySet().stream()
                .map(e -> e.getKey() + " +" + e.getValue())
                .collect(Collectors.joining(", "));
        out.add(subject.problem(
                Kind.STALE_EVIDENCE,
                subject.where("review"),
                String.format(Locale.ROOT, SET_ASIDE, review.date(), counts),
                "review it again with the suppressions in view, then " + subject.recordIt()));
    }
}
