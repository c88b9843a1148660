package io.github.rustfit.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageLevelsTest {

    @Test
    void defaults_to_the_newest_released_level_which_reads_java_21_syntax() {
        LanguageLevel newest = LanguageLevels.newest();
        assertThat(newest.name()).matches("JAVA_\\d+");
        assertThat(Integer.parseInt(newest.name().substring(5))).isGreaterThanOrEqualTo(21);
        assertThat(LanguageLevels.resolve(Optional.empty())).isEqualTo(newest);
        assertThat(LanguageLevels.resolve(Optional.of(" "))).isEqualTo(newest);
    }

    @Test
    void accepts_a_version_number_a_constant_name_and_the_old_one_dot_form() {
        assertThat(LanguageLevels.resolve(Optional.of("17"))).isEqualTo(LanguageLevel.JAVA_17);
        assertThat(LanguageLevels.resolve(Optional.of("JAVA_21"))).isEqualTo(LanguageLevel.JAVA_21);
        assertThat(LanguageLevels.resolve(Optional.of("java21"))).isEqualTo(LanguageLevel.JAVA_21);
        assertThat(LanguageLevels.resolve(Optional.of("1.8"))).isEqualTo(LanguageLevel.JAVA_8);
    }

    @Test
    void rejects_an_unknown_level_naming_what_is_accepted() {
        assertThatThrownBy(() -> LanguageLevels.resolve(Optional.of("42x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown Java language level '42x'")
                .hasMessageContaining("such as 17 or 21");
    }

    @Test
    void knows_the_bundled_parser_s_levels_by_name_so_settings_are_checked_without_loading_them() {
        assertThat(LanguageLevels.NAMES)
                .as("upgrade LanguageLevels.NAMES with JavaParser")
                .containsExactlyElementsOf(
                        Arrays.stream(LanguageLevel.values()).map(Enum::name).toList());
        assertThat(LanguageLevels.resolveName(Optional.of("17"))).isEqualTo("JAVA_17");
        assertThat(LanguageLevels.resolveName(Optional.of("JAVA_17_PREVIEW"))).isEqualTo("JAVA_17_PREVIEW");
        assertThat(LanguageLevels.newestName())
                .isEqualTo(LanguageLevels.newest().name());
    }
}
