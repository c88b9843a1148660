package io.github.rustfit.core.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one time zone reviews are dated and judged in: UTC. A review's {@code revisitBy} passes at
 * the same instant on every machine, so one CI runner cannot fail a build another passes.
 */
public final class ReviewDates {

    /** The zone every review date is in. */
    public static final ZoneOffset ZONE = ZoneOffset.UTC;

    /**
     * How many years a review may hold at most: its {@code revisitBy} is at most this long after its
     * date. Reviews hold six months unless told otherwise; a revisit decades out is a mistyped year
     * ({@code 2072} for {@code 2027}), which would keep a review holding all that time.
     */
    public static final int MAX_HOLD_YEARS = 2;

    private ReviewDates() {}

    /** The latest {@code revisitBy} a review made on {@code date} may have. */
    public static LocalDate latestRevisit(LocalDate date) {
        return date.plusYears(MAX_HOLD_YEARS);
    }

    /** Today's date in UTC, by {@code clock}, whatever zone the clock (or the machine) is in. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
