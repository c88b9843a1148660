package io.github.rustfit.core.fork;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForkModeTest {

    @Test
    void auto_forks_from_the_minimum_number_of_files() {
        assertThat(ForkMode.AUTO.forks(ForkMode.AUTO_MINIMUM_FILES - 1, 10_000)).isFalse();
        assertThat(ForkMode.AUTO.forks(ForkMode.AUTO_MINIMUM_FILES, ForkMode.AUTO_MINIMUM_FILES))
                .isTrue();
    }

    @Test
    void always_forks_when_there_are_files_at_all_and_never_does_not() {
        assertThat(ForkMode.ALWAYS.forks(0, 1)).isTrue();
        assertThat(ForkMode.ALWAYS.forks(0, 0)).isFalse();
        assertThat(ForkMode.NEVER.forks(1_000_000, 1_000_000)).isFalse();
    }
}
