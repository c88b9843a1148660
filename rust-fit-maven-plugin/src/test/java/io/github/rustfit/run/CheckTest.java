package io.github.rustfit.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.cache.CacheMode;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.review.ReviewPolicy;
import io.github.rustfit.run.Reports.ReportOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the check's closing line sends the reader. */
class CheckTest {

    @TempDir
    Path root;

    private RunOutcome outcome() throws Exception {
        OneCodecReactor.write(root);
        return ReactorRun.analyze(
                OneCodecReactor.options(root, CacheMode.OFF, ReviewPolicy.defaults()), AnalysisListener.SILENT);
    }

    @Test
    void names_the_report_this_build_wrote() throws Exception {
        RunOutcome outcome = outcome();
        Path reports = root.resolve("target/rust-fit");
        Path html = Reports.write(outcome, reports, ReportOptions.PLAIN, AnalysisListener.SILENT);

        Check check = Check.of(outcome, ReviewPolicy.defaults(), reports, true);

        assertThat(check.summary()).endsWith("review-stubs.yaml; report: " + html);
    }

    @Test
    void says_a_report_an_earlier_build_left_may_not_describe_this_run() throws Exception {
        RunOutcome outcome = outcome();
        Path reports = root.resolve("target/rust-fit");
        Path html = Reports.write(outcome, reports, ReportOptions.PLAIN, AnalysisListener.SILENT);

        Check check = Check.of(outcome, ReviewPolicy.defaults(), reports, false);

        assertThat(check.summary())
                .endsWith("review-stubs.yaml; an earlier build's report, which may not describe this run: " + html
                        + " (mvn io.github.rustfit:rust-fit-maven-plugin:0.1.0-SNAPSHOT:report rewrites it)");
    }

    @Test
    void names_no_report_when_there_is_none() throws Exception {
        RunOutcome outcome = outcome();

        Check check = Check.of(outcome, ReviewPolicy.defaults(), root.resolve("target/rust-fit"), false);

        assertThat(check.summary()).endsWith("review-stubs.yaml");
        assertThat(Files.exists(root.resolve("target/rust-fit/index.html"))).isFalse();
    }
}
