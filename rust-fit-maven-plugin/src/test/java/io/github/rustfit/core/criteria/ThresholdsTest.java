package io.github.rustfit.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThresholdsTest {

    @Test
    void a_handful_of_primitives_in_a_small_module_is_shrunk_toward_zero() {
        // 15 findings in 500 lines: the floor measures 1000 lines and the prior adds 500 more
        assertThat(Thresholds.perKloc(15, 500)).isEqualTo(10.0);
        assertThat(Thresholds.strength(Criterion.DATA_PLANE, 15, Thresholds.perKloc(15, 500)))
                .isEqualTo(io.github.rustfit.core.criteria.CriterionScore.Strength.WEAK);
    }

    @Test
    void a_large_module_is_barely_moved_by_the_prior() {
        assertThat(Thresholds.perKloc(400, 40_000)).isEqualTo(9.88);
    }

    @Test
    void a_part_of_a_module_is_measured_without_the_prior() {
        assertThat(Thresholds.perKlocOfPart(20, 2_000)).isEqualTo(10.0);
        assertThat(Thresholds.perKlocOfPart(5, 300)).isEqualTo(5.0);
    }
}
