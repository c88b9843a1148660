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

    private ReviewDates() {}

    /** Today's date in UTC, by {@code clock}, whatever zone the clock (or the machine) is in. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
