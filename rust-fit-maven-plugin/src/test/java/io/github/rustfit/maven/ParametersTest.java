package io.github.rustfit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rustfit.core.cache.CacheMode;
import io.github.rustfit.core.fork.ForkMode;
import io.github.rustfit.core.manifest.ReviewDecision;
import io.github.rustfit.core.review.ReviewRequirement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void zero_threads_means_one_per_processor_and_a_positive_count_is_taken_as_it_is() throws Exception {
        assertThat(Parameters.threads(0)).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(Parameters.threads(3)).isEqualTo(3);
    }

    @Test
    void a_refusal_names_the_property_the_value_the_problem_and_the_closest_valid_value() {
        assertThatThrownBy(() -> Parameters.threads(-2))
                .isInstanceOfSatisfying(SettingException.class, e -> {
                    assertThat(e.refusal().property()).isEqualTo("rustfit.threads");
                    assertThat(e.refusal().problem()).isEqualTo("is below 0");
                    assertThat(e.refusal().closest()).startsWith("Use 0");
                })
                .hasMessage("rust-fit: rustfit.threads '-2' is below 0. Use 0 or more; the default is 0 (one thread"
                        + " per processor).");
    }

    @Test
    void the_fork_mode_is_read_in_any_case_and_with_spaces_around() throws Exception {
        assertThat(Parameters.fork(" Always ")).isEqualTo(ForkMode.ALWAYS);
        assertThat(Parameters.fork("never")).isEqualTo(ForkMode.NEVER);
        assertThat(Parameters.fork("AUTO")).isEqualTo(ForkMode.AUTO);
    }

    @Test
    void an_unknown_fork_mode_is_refused_with_the_accepted_values_and_the_closest() {
        assertThatThrownBy(() -> Parameters.fork("sometimes"))
                .hasMessage("rust-fit: rustfit.fork 'sometimes' is not one of auto, always, never. Use auto, the"
                        + " closest valid value.");
        assertThatThrownBy(() -> Parameters.fork("nevr")).hasMessageEndingWith("Use never, the closest valid value.");
    }

    @Test
    void extra_jvm_arguments_are_split_on_any_whitespace_and_none_by_default() {
        assertThat(Parameters.forkArguments("  -Xmx1g\t-Dx=y \n")).containsExactly("-Xmx1g", "-Dx=y");
        assertThat(Parameters.forkArguments(null)).isEmpty();
    }

    @Test
    void cache_modes_are_spelled_as_settings_in_any_case_and_use_cache_false_is_off() throws Exception {
        assertThat(Parameters.cacheMode(true, "read-write")).isEqualTo(CacheMode.READ_WRITE);
        assertThat(Parameters.cacheMode(true, " READ-ONLY ")).isEqualTo(CacheMode.READ_ONLY);
        assertThat(Parameters.cacheMode(true, "off")).isEqualTo(CacheMode.OFF);
        assertThat(Parameters.cacheMode(false, "read-write")).isEqualTo(CacheMode.OFF);
        assertThat(CacheMode.READ_ONLY.setting()).isEqualTo("read-only");
    }

    @Test
    void an_unknown_cache_mode_names_the_accepted_ones() {
        assertThatThrownBy(() -> Parameters.cacheMode(true, "readonly"))
                .hasMessage("rust-fit: rustfit.cacheMode 'readonly' is not one of read-write, read-only, off. Use"
                        + " read-only, the closest valid value.");
    }

    @Test
    void an_unknown_requirement_suggests_the_closest() throws Exception {
        assertThatThrownBy(() -> Parameters.requirement("CONSIDR"))
                .hasMessageEndingWith("Use CONSIDER, the closest valid value.");
        assertThat(Parameters.requirement("consider")).isEqualTo(ReviewRequirement.CONSIDER);
    }

    @Test
    void numbers_below_their_range_are_refused_with_the_value_to_use() {
        assertThatThrownBy(() -> Parameters.maxFileSize(0))
                .hasMessageContaining(
                        "rustfit.maxFileSize '0' is below 1. Use 1 or more; the default is 1048576 bytes");
        assertThatThrownBy(() -> Parameters.maxEvidencePerSignal(0)).hasMessageContaining("the default is 20");
        assertThatThrownBy(() -> Parameters.driftTolerance(-0.1)).hasMessageContaining("the default 0.1");
        assertThatThrownBy(() -> Parameters.driftTolerance(Double.NaN)).isInstanceOf(SettingException.class);
        assertThatThrownBy(() -> Parameters.revisitWarningDays(-1)).hasMessageContaining("the default is 30");
    }

    @Test
    void an_unknown_language_level_names_the_newest_known() {
        assertThatThrownBy(() -> Parameters.languageLevel("99"))
                .hasMessageStartingWith("rust-fit: rustfit.languageLevel '99' is not a Java level the parser knows."
                        + " Use a Java version such as 17 or 21; the newest known is ");
    }

    @Test
    void today_is_the_utc_date_whatever_the_zone_of_the_machine() throws Exception {
        Instant lateEvening = Instant.parse("2026-11-24T23:30:00Z");

        assertThat(Parameters.today(null, Clock.fixed(lateEvening, ZoneId.of("Pacific/Kiritimati"))))
                .isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(Parameters.today("", Clock.fixed(lateEvening, ZoneId.of("Pacific/Honolulu"))))
                .isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(Parameters.today(" 2026-10-01 ", Clock.systemUTC())).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThatThrownBy(() -> Parameters.today("tomorrow", Clock.systemUTC()))
                .hasMessageStartingWith("rust-fit: rustfit.today 'tomorrow' is not a date. Write it yyyy-MM-dd");
    }

    @Test
    void the_review_parameters_are_checked_with_their_fixes() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 24);

        assertThat(Parameters.decision("Stay-On-JVM")).isEqualTo(ReviewDecision.STAY_ON_JVM);
        assertThatThrownBy(() -> Parameters.decision("rust")).hasMessageContaining("is not one of rust-candidate");
        assertThatThrownBy(() -> Parameters.rationale(" TODO ", ReviewDecision.STAY_ON_JVM))
                .hasMessage("rust-fit: rustfit.rationale 'TODO' is empty or a placeholder. Write why the team decided"
                        + " stay-on-jvm, in its own words.");
        assertThat(Parameters.reviewers(" alice, ,bob ")).containsExactly("alice", "bob");
        assertThatThrownBy(() -> Parameters.reviewers(" , ")).hasMessageContaining("names no one");
        assertThat(Parameters.revisitBy(null, today)).isEqualTo(LocalDate.of(2027, 5, 24));
        assertThatThrownBy(() -> Parameters.revisitBy("2026-11-24", today))
                .hasMessageContaining("is not after today (2026-11-24). Use a later date, such as 2026-11-25");
    }

    @Test
    void excludes_are_comma_separated_globs_each_checked() throws Exception {
        assertThat(Parameters.excludes(" **/generated/** , legacy/**,, "))
                .containsExactly("**/generated/**", "legacy/**");
        assertThat(Parameters.excludes("{legacy,old}/**,x/**")).containsExactly("{legacy,old}/**", "x/**");
        assertThat(Parameters.excludes(null)).isEmpty();
        assertThatThrownBy(() -> Parameters.excludes("legacy/"))
                .as("a glob that can match only a directory is refused as the manifest's suppressions refuse it")
                .hasMessageContaining("ends with /, so it can only match a directory");
        assertThatThrownBy(() -> Parameters.excludes("src/{a,b"))
                .hasMessageStartingWith("rust-fit: rustfit.excludes 'src/{a,b' holds a glob no source path can match:"
                        + " 'src/{a,b' is not a valid glob")
                .hasMessageEndingWith("Write globs such as **/generated/**,legacy/**.");
    }
}
