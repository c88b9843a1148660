package io.github.rustfit.maven;

import io.github.rustfit.run.Reports;
import io.github.rustfit.run.Reports.ReportOptions;
import io.github.rustfit.run.RunException;
import io.github.rustfit.run.RunOptions;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the HTML report ({@code index.html}), a short Markdown summary ({@code summary.md}) and a
 * SARIF 2.1.0 log for code scanning ({@code rust-fit.sarif}) beside {@code rust-fit.json}, from this
 * build's run: the one an earlier goal made, or a new one.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, aggregator = true, threadSafe = true)
public class ReportMojo extends AbstractRunMojo {

    /**
     * An earlier {@code rust-fit.json} to compare with. The report and the summary then gain a
     * "since last time" section: new and dropped candidates, verdict changes, signals that rose or
     * fell. When the earlier result was made with other settings (includeTests, includeGenerated,
     * excludes, languageLevel, another rust-fit version), the section and the log name each with
     * its two values.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.compareTo")
    File compareTo;

    /**
     * Whether the review gate ({@code check}) fails the build on review problems, as there:
     * {@code true} or {@code false}; any other value is refused. The SARIF log then marks them as
     * errors, else as warnings, so code scanning says what the build does.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.failOnMissingReview", defaultValue = "true")
    String failOnMissingReview;

    @Override
    void run() throws MojoExecutionException {
        Optional<Path> earlierFile = Parameters.compareTo(compareTo);
        Optional<String> links = Parameters.sourceUrl(sourceUrl);
        boolean failing = Parameters.FAIL_ON_MISSING_REVIEW.of(failOnMissingReview);
        RunOptions options = options();
        try {
            // read before the analysis, so that a file that is no result is refused at once
            Optional<Reports.Earlier> earlier =
                    earlierFile.isPresent() ? Optional.of(Reports.earlier(earlierFile.get())) : Optional.empty();
            ReportOptions reports = new ReportOptions(earlier, links, failing);
            Path html = Reports.write(outcome(options), outputDirectory.toPath(), reports, listener());
            build().reportWritten(html);
            getLog().info("rust-fit: report written to " + html);
        } catch (RunException e) {
            throw failed(e);
        }
    }
}
