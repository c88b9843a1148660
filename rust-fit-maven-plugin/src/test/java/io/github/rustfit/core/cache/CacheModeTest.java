package io.github.rustfit.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CacheModeTest {

    @Test
    void modes_are_spelled_as_settings_in_any_case() {
        assertThat(CacheMode.parse("read-write")).isEqualTo(CacheMode.READ_WRITE);
        assertThat(CacheMode.parse(" READ-ONLY ")).isEqualTo(CacheMode.READ_ONLY);
        assertThat(CacheMode.parse("off")).isEqualTo(CacheMode.OFF);
        assertThat(CacheMode.READ_ONLY.setting()).isEqualTo("read-only");
    }

    @Test
    void an_unknown_mode_names_the_accepted_ones() {
        assertThatThrownBy(() -> CacheMode.parse("readonly"))
                .hasMessage("Unknown cache mode 'readonly'. Use one of read-write, read-only, off.");
    }
}
