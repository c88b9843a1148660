package io.github.rustfit.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void a_density_just_under_a_cut_never_rounds_onto_it() {
        assertThat(Figures.density(16.95, 17)).isEqualTo("16.95");
        assertThat(Figures.density(16.96, 17)).isEqualTo("16.96");
        assertThat(Figures.density(7.99, 8)).isEqualTo("7.99");
    }

    @Test
    void a_density_just_over_a_cut_never_rounds_onto_it() {
        assertThat(Figures.density(17.04, 17)).isEqualTo("17.04");
        assertThat(Figures.density(0.54, 0.5)).isEqualTo("0.54");
    }

    @Test
    void a_density_on_its_cut_or_clear_of_it_keeps_one_decimal() {
        assertThat(Figures.density(17, 17)).isEqualTo("17.0");
        assertThat(Figures.density(16.94, 17)).isEqualTo("16.9");
        assertThat(Figures.density(17.05, 17)).isEqualTo("17.1");
        assertThat(Figures.density(12.345)).isEqualTo("12.3");
    }

    @Test
    void a_density_closer_to_its_cut_than_two_more_decimals_rounds_toward_its_side() {
        assertThat(Figures.density(16.9999, 17)).isEqualTo("16.999");
        assertThat(Figures.density(16.999999999999996, 17)).isEqualTo("16.999");
        assertThat(Figures.density(17.0000001, 17)).isEqualTo("17.001");
    }

    @Test
    void a_density_keeps_its_side_of_every_cut() {
        assertThat(Figures.density(8.04, 8, 17, 25)).isEqualTo("8.04");
        assertThat(Figures.density(5.01, 5.04)).isEqualTo("5.0");
        assertThat(Figures.density(5.04, 5.01)).isEqualTo("5.04");
    }

    @Test
    void a_criterion_density_keeps_off_the_densities_where_its_evidence_counts() {
        assertThat(Figures.density(Criterion.DATA_PLANE, 7.96)).isEqualTo("7.96");
        assertThat(Figures.density(Criterion.DATA_PLANE, 24.98)).isEqualTo("24.98");
        assertThat(Figures.density(Criterion.DATA_PLANE, 12.34)).isEqualTo("12.3");
    }

    @Test
    void a_share_just_either_side_of_one_half_never_reads_50_percent() {
        assertThat(Figures.percent(0.4996, 0.5)).isEqualTo("49.96%");
        assertThat(Figures.percent(0.502, 0.5)).isEqualTo("50.2%");
        assertThat(Figures.percent(0.5, 0.5)).isEqualTo("50%");
        assertThat(Figures.percent(0.62, 0.5)).isEqualTo("62%");
    }
}
