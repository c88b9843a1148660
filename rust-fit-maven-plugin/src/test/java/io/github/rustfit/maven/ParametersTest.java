package io.github.rustfit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rustfit.core.analysis.AnalysisRequest;
import io.github.rustfit.core.analysis.ModuleRequest;
import io.github.rustfit.core.analysis.TestReactors;
import io.github.rustfit.core.cache.CacheMode;
import io.github.rustfit.core.fork.ForkMode;
import io.github.rustfit.core.manifest.ReviewDecision;
import io.github.rustfit.core.review.ReviewRequirement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParametersTest {

    @Test
    void zero_threads_means_one_per_processor_and_a_positive_count_is_taken_as_it_is() throws Exception {
        assertThat(Parameters.threads("0")).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(Parameters.threads(" 3 ")).isEqualTo(3);
    }

    @Test
    void a_refusal_names_the_property_the_value_the_problem_and_the_closest_valid_value() {
        assertThatThrownBy(() -> Parameters.threads("-2"))
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
        assertThat(Parameters.cacheMode("true", "read-write")).isEqualTo(CacheMode.READ_WRITE);
        assertThat(Parameters.cacheMode("true", " READ-ONLY ")).isEqualTo(CacheMode.READ_ONLY);
        assertThat(Parameters.cacheMode("true", "off")).isEqualTo(CacheMode.OFF);
        assertThat(Parameters.cacheMode("false", "read-write")).isEqualTo(CacheMode.OFF);
        assertThat(CacheMode.READ_ONLY.setting()).isEqualTo("read-only");
    }

    @Test
    void an_unknown_cache_mode_names_the_accepted_ones() {
        assertThatThrownBy(() -> Parameters.cacheMode("true", "readonly"))
                .hasMessage("rust-fit: rustfit.cacheMode 'readonly' is not one of read-write, read-only, off. Use"
                        + " read-only, the closest valid value.");
    }

    @Test
    void a_switch_is_true_or_false_in_any_case_with_spaces_around_and_its_default_without_a_value() throws Exception {
        assertThat(Parameters.FAIL_ON_MISSING_REVIEW.of("true")).isTrue();
        assertThat(Parameters.FAIL_ON_MISSING_REVIEW.of(" FALSE ")).isFalse();
        assertThat(Parameters.SKIP.of("True")).isTrue();
        assertThat(Parameters.SKIP.of("\tfalse\n")).isFalse();
        assertThat(Parameters.FAIL_ON_MISSING_REVIEW.of(null)).isTrue();
        assertThat(Parameters.INCLUDE_TESTS.of(null)).isFalse();
    }

    @Test
    void a_switch_that_is_neither_true_nor_false_is_refused_naming_property_element_value_and_default() {
        // Maven's own conversion reads these as false, which would turn the review gate off unseen
        assertThatThrownBy(() -> Parameters.FAIL_ON_MISSING_REVIEW.of("ture"))
                .isInstanceOfSatisfying(SettingException.class, e -> {
                    assertThat(e.refusal().property()).isEqualTo("rustfit.failOnMissingReview");
                    assertThat(e.refusal().value()).isEqualTo("ture");
                })
                .hasMessage("rust-fit: rustfit.failOnMissingReview 'ture' is neither true nor false. Use true or false"
                        + " (-Drustfit.failOnMissingReview or <failOnMissingReview> in the plugin's configuration);"
                        + " the default is true.");
        assertThatThrownBy(() -> Parameters.SKIP.of(" yes "))
                .hasMessage("rust-fit: rustfit.skip 'yes' is neither true nor false. Use true or false (-Drustfit.skip"
                        + " or <skip> in the plugin's configuration); the default is false.");
        for (String refused : List.of("", " ", "1", "0", "on", "no", "t", "truee", "${skip}")) {
            assertThatThrownBy(() -> Parameters.INCLUDE_GENERATED.of(refused))
                    .as(refused)
                    .isInstanceOf(SettingException.class)
                    .hasMessageContaining(
                            "rustfit.includeGenerated '" + refused.strip() + "' is neither true nor false");
        }
        assertThatThrownBy(() -> Parameters.cacheMode("off", "read-write"))
                .hasMessageStartingWith("rust-fit: rustfit.useCache 'off' is neither true nor false.");
    }

    @Test
    void a_directory_where_the_manifest_or_the_result_to_compare_with_should_be_is_refused_with_the_fix(
            @TempDir Path dir) throws Exception {
        Path manifest = Files.createDirectory(dir.resolve("rust-fit.yaml"));
        Path earlier = Files.createDirectory(dir.resolve("earlier"));

        assertThatThrownBy(() -> Parameters.manifest(manifest))
                .isInstanceOf(SettingException.class)
                .hasMessage("rust-fit: rustfit.manifest '" + manifest + "' is a directory, where the manifest file"
                        + " should be. Move the directory away, or point rustfit.manifest at the manifest file.");
        assertThatThrownBy(() -> Parameters.compareTo(earlier.toFile()))
                .isInstanceOf(SettingException.class)
                .hasMessage("rust-fit: rustfit.compareTo '" + earlier + "' is a directory, where a rust-fit.json"
                        + " should be. Move the directory away, or point rustfit.compareTo at a rust-fit.json.");
        Path file = Files.writeString(dir.resolve("rust-fit.json"), "{}");
        assertThat(Parameters.manifest(file)).isEqualTo(file);
        assertThat(Parameters.manifest(dir.resolve("none.yaml"))).isEqualTo(dir.resolve("none.yaml"));
        assertThat(Parameters.compareTo(file.toFile())).contains(file);
    }

    @Test
    void an_unknown_requirement_suggests_the_closest() throws Exception {
        assertThatThrownBy(() -> Parameters.requirement("CONSIDR"))
                .hasMessageEndingWith("Use CONSIDER, the closest valid value.");
        assertThat(Parameters.requirement("consider")).isEqualTo(ReviewRequirement.CONSIDER);
    }

    @Test
    void numbers_below_their_range_are_refused_with_the_value_to_use() {
        assertThatThrownBy(() -> Parameters.maxFileSize("0"))
                .hasMessageContaining(
                        "rustfit.maxFileSize '0' is below 1. Use 1 or more; the default is 1048576 bytes");
        assertThatThrownBy(() -> Parameters.maxEvidencePerSignal("0")).hasMessageContaining("the default is 20");
        assertThatThrownBy(() -> Parameters.driftTolerance("-0.1")).hasMessageContaining("the default 0.1");
        assertThatThrownBy(() -> Parameters.driftTolerance("NaN")).isInstanceOf(SettingException.class);
        assertThatThrownBy(() -> Parameters.revisitWarningDays("-1")).hasMessageContaining("the default is 30");
    }

    @Test
    void a_number_that_is_not_one_is_refused_with_the_value_to_use_not_maven_s_conversion_error() throws Exception {
        assertThatThrownBy(() -> Parameters.threads("two"))
                .hasMessage("rust-fit: rustfit.threads 'two' is not a whole number. Use 0 or more; the default is 0"
                        + " (one thread per processor).");
        assertThatThrownBy(() -> Parameters.threads("3000000000"))
                .hasMessage("rust-fit: rustfit.threads '3000000000' is above 2147483647. Use 2147483647 or less; the"
                        + " default is 0 (one thread per processor).");
        assertThatThrownBy(() -> Parameters.maxFileSize("1MB"))
                .hasMessage("rust-fit: rustfit.maxFileSize '1MB' is not a whole number. Use 1 or more; the default is"
                        + " 1048576 bytes (1 MiB).");
        assertThatThrownBy(() -> Parameters.maxEvidencePerSignal("2.5"))
                .hasMessage("rust-fit: rustfit.maxEvidencePerSignal '2.5' is not a whole number. Use 1 or more; the"
                        + " default is 20.");
        assertThatThrownBy(() -> Parameters.revisitWarningDays("a month"))
                .hasMessage("rust-fit: rustfit.revisitWarningDays 'a month' is not a whole number. Use 0 or more; the"
                        + " default is 30.");
        assertThatThrownBy(() -> Parameters.driftTolerance("ten"))
                .hasMessage("rust-fit: rustfit.driftTolerance 'ten' is not a fraction from 0 to 1. Write a fraction"
                        + " from 0 to 1, such as the default 0.1 (10%).");
        assertThatThrownBy(() -> Parameters.driftTolerance("10%"))
                .hasMessage("rust-fit: rustfit.driftTolerance '10%' is written as a percentage. Write a fraction"
                        + " from 0 to 1: 0.1 for 10%; the default is 0.1 (10%).");
        assertThat(Parameters.maxFileSize("4294967296")).isEqualTo(4294967296L);
        assertThat(Parameters.maxEvidencePerSignal("+5")).isEqualTo(5);
        assertThat(Parameters.revisitWarningDays("0")).isZero();
        assertThat(Parameters.driftTolerance(" 0.25 ")).isEqualTo(0.25);
    }

    @Test
    void a_cache_file_that_is_a_directory_is_refused_before_any_work_with_a_file_path_to_use(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // -Drustfit.cacheFile=/tmp: the cache could be neither read nor saved, and the warning said to move /tmp
        assertThatThrownBy(() -> Parameters.cacheFile(dir.toFile(), CacheMode.READ_WRITE))
                .hasMessage("rust-fit: rustfit.cacheFile '" + dir + "' is a directory; the cache is one file, written"
                        + " and replaced whole. Point it at a file in that directory, such as "
                        + dir.resolve("file-reports.zip") + ", or leave it out for the default.");
        assertThatThrownBy(() -> Parameters.cacheFile(dir.toFile(), CacheMode.READ_ONLY))
                .isInstanceOf(SettingException.class);
        assertThat(Parameters.cacheFile(dir.toFile(), CacheMode.OFF))
                .as("no cache, nothing to refuse")
                .isEqualTo(dir);
        Path file = dir.resolve("cache/file-reports.zip");
        assertThat(Parameters.cacheFile(file.toFile(), CacheMode.READ_WRITE)).isEqualTo(file);
    }

    @Test
    void a_drift_tolerance_above_one_is_refused_because_it_turns_the_drift_check_off() throws Exception {
        // -Drustfit.driftTolerance=10 meant 10%, and let the evidence grow elevenfold before a review was stale
        assertThatThrownBy(() -> Parameters.driftTolerance("10"))
                .hasMessage("rust-fit: rustfit.driftTolerance '10' is above 1: the tolerance is a fraction of what"
                        + " the review saw (0.1 is 10%), so this one would let the evidence grow more than twofold"
                        + " before a review is stale, which turns the drift check off. Write a fraction from 0 to 1:"
                        + " 0.1 for 10%; the default is 0.1 (10%).");
        assertThatThrownBy(() -> Parameters.driftTolerance("12.5"))
                .hasMessageEndingWith(": 0.125 for 12.5%; the default is 0.1 (10%).");
        assertThatThrownBy(() -> Parameters.driftTolerance("1.5")).hasMessageContaining("0.015 for 1.5%");
        assertThatThrownBy(() -> Parameters.driftTolerance("1000"))
                .hasMessageEndingWith("Write a fraction from 0 to 1, such as the default 0.1 (10%).");
        // Double.parseDouble would read "Infinity" and "1e400": the gate would then never call evidence drift stale
        for (String endless : List.of("Infinity", "+Infinity", "NaN")) {
            assertThatThrownBy(() -> Parameters.driftTolerance(endless))
                    .hasMessage("rust-fit: rustfit.driftTolerance '" + endless + "' is not a fraction from 0 to 1."
                            + " Write a fraction from 0 to 1, such as the default 0.1 (10%).");
        }
        assertThatThrownBy(() -> Parameters.driftTolerance("1e400")).hasMessageContaining("is above 1");
        assertThat(Parameters.driftTolerance("1")).isEqualTo(1.0);
        assertThat(Parameters.driftTolerance("0")).isZero();
        assertThat(Parameters.driftTolerance("0.10")).isEqualTo(0.1);
    }

    @Test
    void a_fixed_today_other_than_the_clock_s_is_announced_because_it_freezes_expiry() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("UTC"));
        // a rustfit.today left in .mvn/maven.config would otherwise keep every review from expiring, silently
        assertThat(Parameters.todayNotice(Parameters.today(" 2026-11-24 ", clock), clock))
                .contains("rust-fit: review dates are judged as of 2026-11-24 (rustfit.today), not today's"
                        + " 2026-12-01: no review expires or warns after that date while it is set. Remove"
                        + " rustfit.today outside tests.");
        assertThat(Parameters.todayNotice(Parameters.today(null, clock), clock)).isEmpty();
        assertThat(Parameters.todayNotice(Parameters.today("2026-12-01", clock), clock))
                .isEmpty();
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
        assertThatThrownBy(() -> Parameters.reviewers("alice,TODO"))
                .hasMessage("rust-fit: rustfit.reviewers 'TODO' is a placeholder, not a name. List who reviewed,"
                        + " comma-separated, such as -Drustfit.reviewers=alice,bob.");
        assertThatThrownBy(() -> Parameters.reviewers("-")).hasMessageContaining("'-' is a placeholder, not a name");
        assertThat(Parameters.revisitBy(null, today)).isEqualTo(LocalDate.of(2027, 5, 24));
        assertThat(Parameters.revisitBy("2028-11-24", today)).isEqualTo(LocalDate.of(2028, 11, 24));
        assertThatThrownBy(() -> Parameters.revisitBy("2072-05-24", today))
                .hasMessage("rust-fit: rustfit.revisitBy '2072-05-24' is more than 2 years after today (2026-11-24)."
                        + " Use a date no later than 2028-11-24; without the setting it is 2027-05-24.");
        assertThatThrownBy(() -> Parameters.revisitBy("2026-11-24", today))
                .hasMessageContaining("is not after today (2026-11-24). Use a later date, such as 2026-11-25");
    }

    @Test
    void a_mistyped_module_is_answered_with_the_closest_not_with_every_module_of_a_large_reactor() {
        Path root = Path.of("/work/reactor");
        List<ModuleRequest> modules = new ArrayList<>();
        for (int i = 0; i < 188; i++) {
            modules.add(TestReactors.module(root, "rt/frontend-" + i));
        }
        modules.add(TestReactors.module(root, "cxf-rt-transports-udp"));
        AnalysisRequest request = new AnalysisRequest(root, modules, Optional.empty(), false, false, 20, "test");

        assertThatThrownBy(() -> Parameters.module("cxf-rt-transport-udp", request))
                .hasMessage("rust-fit: rustfit.module 'cxf-rt-transport-udp' is not a module of this reactor. Did you"
                        + " mean cxf-rt-transports-udp?");
        assertThatThrownBy(() -> Parameters.module("rt/frontend-1000", request))
                .as("a path is matched against paths")
                .hasMessageEndingWith("Did you mean rt/frontend-100?");
        assertThatThrownBy(() -> Parameters.module("persistence", request))
                .hasMessage("rust-fit: rustfit.module 'persistence' is not a module of this reactor. Use one of its"
                        + " 189 modules, by artifactId or by path from the project's top.");
        AnalysisRequest small = new AnalysisRequest(
                root,
                List.of(TestReactors.module(root, "wire"), TestReactors.module(root, "admin")),
                Optional.empty(),
                false,
                false,
                20,
                "test");
        assertThatThrownBy(() -> Parameters.module("persistence", small))
                .hasMessage("rust-fit: rustfit.module 'persistence' is not a module of this reactor. Use one of wire,"
                        + " admin, by artifactId or by path.");
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
