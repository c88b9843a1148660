package io.github.rustfit.core.review;

import io.github.rustfit.core.manifest.Review;
import io.github.rustfit.core.review.ReviewProblem.Kind;
import java.util.List;
import java.util.Locale;

/**
 * A review cannot have been made after today. A mistyped year ({@code 2062} for {@code 2026}) would
 * otherwise push its revisit date decades out and keep the review holding all that time. Dates are
 * judged in UTC (see {@link ReviewDates}); a review dated today holds.
 */
final class ReviewDateRule implements ReviewRule {

    static final String DATED_AFTER_TODAY = "its review is dated %s, after today, %s";
    static final String WRITE_THE_DAY = "write the day the review was made as its date, and check its revisitBy %s for"
            + " the same slip; or, to date it today, %s";

    @Override
    public void check(ModuleUnderReview subject, Review review, List<ReviewProblem> out) {
        if (review.date().isAfter(subject.context().today())) {
            out.add(subject.problem(
                    Kind.FUTURE_DATE,
                    subject.where("review", "date"),
                    String.format(
                            Locale.ROOT,
                            DATED_AFTER_TODAY,
                            review.date(),
                            subject.context().today()),
                    String.format(Locale.ROOT, WRITE_THE_DAY, review.revisitBy(), subject.recordIt())));
        }
    }
}
