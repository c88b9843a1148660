package io.github.rustfit.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReviewDatesTest {

    /** 23:30 UTC on 2026-11-24: already the 25th east of Greenwich, still the 24th far west of it. */
    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-11-24T23:30:00Z");

    @Test
    void today_is_the_same_date_on_machines_in_any_two_time_zones() {
        Clock kiritimati = Clock.fixed(LATE_EVENING_UTC, ZoneId.of("Pacific/Kiritimati"));
        Clock honolulu = Clock.fixed(LATE_EVENING_UTC, ZoneId.of("Pacific/Honolulu"));

        assertThat(ReviewDates.today(kiritimati)).isEqualTo(ReviewDates.today(honolulu));
        assertThat(ReviewDates.today(kiritimati)).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void a_revisit_date_passes_at_the_same_instant_whatever_the_machine_zone() {
        Clock east = Clock.fixed(Instant.parse("2026-11-25T00:30:00Z"), ZoneId.of("Asia/Tokyo"));
        Clock west = Clock.fixed(Instant.parse("2026-11-25T00:30:00Z"), ZoneId.of("America/Los_Angeles"));
        LocalDate revisitBy = LocalDate.of(2026, 11, 24);

        assertThat(ReviewDates.today(east).isAfter(revisitBy)).isTrue();
        assertThat(ReviewDates.today(west).isAfter(revisitBy)).isTrue();
    }
}
