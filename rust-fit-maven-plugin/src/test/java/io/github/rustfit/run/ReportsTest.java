package io.github.rustfit.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rustfit.core.cache.CacheMode;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ResultFiles;
import io.github.rustfit.core.result.RunSettings;
import io.github.rustfit.core.review.ReviewPolicy;
import io.github.rustfit.run.Reports.ReportOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reports tell the log. */
class ReportsTest {

    @TempDir
    Path root;

    private final List<String> warnings = new ArrayList<>();

    private final AnalysisListener listener = new AnalysisListener() {
        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {
            warnings.add(message);
        }

        @Override
        public void debug(String message) {}
    };

    private RunOutcome outcome() throws Exception {
        OneCodecReactor.write(root);
        return ReactorRun.analyze(
                OneCodecReactor.options(root, CacheMode.READ_WRITE, ReviewPolicy.defaults()), AnalysisListener.SILENT);
    }

    private Path earlier(AnalysisResult now, RunSettings settings) throws Exception {
        Path file = root.resolve("earlier.json");
        Files.writeString(
                file,
                ResultFiles.toJson(new AnalysisResult(
                        now.schemaVersion(),
                        now.tool(),
                        now.toolVersion(),
                        settings,
                        now.summary(),
                        now.modules(),
                        now.suppressions())));
        return file;
    }

    @Test
    void comparing_with_a_result_made_with_other_settings_warns_naming_each_setting_and_both_values() throws Exception {
        RunOutcome outcome = outcome();
        RunSettings now = outcome.result().settings();
        Path earlier = earlier(
                outcome.result(),
                new RunSettings(
                        now.languageLevel(),
                        !now.includeTests(),
                        now.includeGenerated(),
                        now.maxEvidencePerSignal(),
                        List.of("**/legacy/**")));

        Reports.write(
                outcome,
                root.resolve("target/rust-fit"),
                new ReportOptions(Optional.of(Reports.earlier(earlier)), Optional.empty(), true),
                listener);

        assertThat(warnings)
                .containsExactly("rust-fit: rustfit.compareTo: " + earlier + " was made with other settings than this"
                        + " run (includeTests was " + !now.includeTests() + ", now " + now.includeTests()
                        + ", excludes was **/legacy/**, now none); the \"since last time\" section compares them"
                        + " anyway, so what rose or fell may have changed with the settings rather than the code. To"
                        + " compare the code alone, compare with a result made with the same settings.");
    }

    @Test
    void comparing_with_a_result_made_alike_warns_of_nothing() throws Exception {
        RunOutcome outcome = outcome();
        Path earlier = earlier(outcome.result(), outcome.result().settings());

        Reports.write(
                outcome,
                root.resolve("target/rust-fit"),
                new ReportOptions(Optional.of(Reports.earlier(earlier)), Optional.empty(), true),
                listener);

        assertThat(warnings).isEmpty();
    }

    @Test
    void a_result_to_compare_with_that_is_not_one_is_refused_with_its_place_the_problem_and_the_fix() throws Exception {
        Path file = root.resolve("compareTo-bad.json");
        Files.writeString(file, "{\"schemaVersion\":2,\"modules\":5}");

        assertThatThrownBy(() -> Reports.earlier(file))
                .isInstanceOf(RunException.class)
                .hasMessage("rust-fit: rustfit.compareTo: " + file + ":1:30: modules holds a number where a list"
                        + " belongs. Point rustfit.compareTo at a rust-fit.json written by this plugin, such as"
                        + " target/rust-fit/rust-fit.json kept from an earlier build, or remove the setting.");

        Files.writeString(file, "{\"schemaVersion\": 99}");
        assertThatThrownBy(() -> Reports.earlier(file))
                .hasMessage("rust-fit: rustfit.compareTo: " + file + ": schemaVersion 99 is not supported; this plugin"
                        + " reads schemaVersion 2. Point rustfit.compareTo at a rust-fit.json written by this plugin,"
                        + " such as target/rust-fit/rust-fit.json kept from an earlier build, or remove the setting.");
    }
}
