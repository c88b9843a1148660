package io.github.rustfit.maven;

import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ResultFileException;
import io.github.rustfit.core.result.ResultFiles;
import io.github.rustfit.report.html.HtmlReport;
import io.github.rustfit.report.markdown.MarkdownSummary;
import io.github.rustfit.report.model.ReportModel;
import io.github.rustfit.report.model.ReportModels;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the HTML report ({@code index.html}) and a short Markdown summary ({@code summary.md})
 * beside {@code rust-fit.json}. Uses the result already written in this build by the analyze goal;
 * otherwise analyses the reactor first.
 */
@Mojo(
        name = "report",
        defaultPhase = LifecyclePhase.VERIFY,
        aggregator = true,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class ReportMojo extends AbstractAnalysisMojo {

    /** Failure message when {@code compareTo} names a file that is not there. */
    static final String MISSING_EARLIER_RESULT = "rust-fit: rustfit.compareTo names no file: ";

    /**
     * An earlier {@code rust-fit.json} to compare with. The report and the summary then gain a
     * "since last time" section: new and dropped candidates, verdict changes, signals that rose or
     * fell.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.compareTo")
    File compareTo;

    @Override
    void run() throws MojoExecutionException {
        AnalysisResult result = currentResult();
        Optional<AnalysisResult> earlier = earlierResult();
        ReportModel model = ReportModels.of(result, earlier);
        Path directory = outputDirectory.toPath();
        Path html = directory.resolve(HtmlReport.FILE_NAME);
        try {
            HtmlReport.write(model, html);
            MarkdownSummary.write(model, directory.resolve(MarkdownSummary.FILE_NAME));
        } catch (IOException e) {
            throw new MojoExecutionException("rust-fit: could not write the report to " + directory + ": " + e, e);
        }
        getLog().info("rust-fit: report written to " + html);
    }

    /**
     * The result of this build: the file the analyze goal wrote earlier in this same build if
     * there is one, else a fresh analysis. A file from an earlier build may describe other sources.
     */
    /** The result an earlier goal of this build produced, or a fresh analysis. */
    private AnalysisResult currentResult() throws MojoExecutionException {
        Optional<AnalysisResult> ofThisBuild = resultOfThisBuild();
        if (ofThisBuild.isPresent()) {
            getLog().debug("rust-fit: reporting on the result analysed earlier in this build");
            return ofThisBuild.get();
        }
        return analyzeAndWrite();
    }

    private Optional<AnalysisResult> earlierResult() throws MojoExecutionException {
        if (compareTo == null) {
            return Optional.empty();
        }
        Path file = compareTo.toPath();
        if (!Files.isRegularFile(file)) {
            throw new MojoExecutionException(MISSING_EARLIER_RESULT + file
                    + ". Point it at a rust-fit.json kept from an earlier build, or remove the setting.");
        }
        try {
            return Optional.of(ResultFiles.read(file));
        } catch (ResultFileException e) {
            throw new MojoExecutionException("rust-fit: rustfit.compareTo: " + e.getMessage(), e);
        }
    }
}
