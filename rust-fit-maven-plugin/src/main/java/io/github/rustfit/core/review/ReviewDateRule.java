package io.github.rustfit.core.review;

import io.github.rustfit.core.manifest.Review;
import io.github.rustfit.core.review.ReviewProblem.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A review cannot have been made after today, nor be revisited more than {@link
 * ReviewDates#MAX_HOLD_YEARS} years after it was made. A mistyped year ({@code 2062} for {@code 2026}
 * in its date, {@code 2072} for {@code 2027} in its revisitBy) would otherwise keep the review
 * holding for decades. Dates are judged in UTC (see {@link ReviewDates}); a review dated today holds.
 */
final class ReviewDateRule implements ReviewRule {

    static final String DATED_AFTER_TODAY = "its review is dated %s, after today, %s";
    static final String WRITE_THE_DAY = "write the day the review was made as its date, and check its revisitBy %s for"
            + " the same slip; or, to date it today, %s";

    static final String DISTANT = "its review of %s is to be revisited on %s, more than %d years after it was made";
    static final String REVISIT_SOONER = "write under revisitBy when the team will look at the decision again, at"
            + " the latest %s (a mistyped year, such as 2072 for 2027, keeps a review holding for decades); or, to"
            + " date it today, %s";

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
        LocalDate latest = ReviewDates.latestRevisit(review.date());
        if (review.revisitBy().isAfter(latest)) {
            out.add(subject.problem(
                    Kind.DISTANT_REVISIT,
                    subject.where("review", "revisitBy"),
                    String.format(Locale.ROOT, DISTANT, review.date(), review.revisitBy(), ReviewDates.MAX_HOLD_YEARS),
                    String.format(Locale.ROOT, REVISIT_SOONER, latest, subject.recordIt())));
        }
    }
}
