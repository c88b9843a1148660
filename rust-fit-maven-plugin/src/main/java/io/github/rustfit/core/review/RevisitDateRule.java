package io.github.rustfit.core.review;

import io.github.rustfit.core.manifest.Review;
import io.github.rustfit.core.review.ReviewProblem.Kind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * A review has expired after its revisit date, and warns for a while before it. Dates are judged
 * in UTC (see {@link ReviewDates}).
 */
final class RevisitDateRule implements ReviewRule {

    static final String EXPIRED = "its review was due for a revisit on %s";
    static final String DUE_SOON = "its review is due for a revisit on %s, in %d day(s)";

    @Override
    public void check(ModuleUnderReview subject, Review review, List<ReviewProblem> out) {
        LocalDate today = subject.context().today();
        String where = subject.where("review");
        if (today.isAfter(review.revisitBy())) {
            out.add(subject.problem(
                    Kind.EXPIRED,
                    where,
                    String.format(Locale.ROOT, EXPIRED, review.revisitBy()),
                    "revisit the decision, then " + subject.recordIt()));
            return;
        }
        long days = ChronoUnit.DAYS.between(today, review.revisitBy());
        if (days <= subject.context().policy().revisitWarningDays()) {
            out.add(subject.problem(
                    Kind.DUE_SOON,
                    where,
                    String.format(Locale.ROOT, DUE_SOON, review.revisitBy(), days),
                    "plan the revisit; once done, " + subject.recordIt()));
        }
    }
}
