package io.github.rustfit.maven;

import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ResultFileException;
import io.github.rustfit.core.result.ResultFiles;
import io.github.rustfit.report.html.HtmlReport;
import io.github.rustfit.report.markdown.MarkdownSummary;
import io.github.rustfit.report.model.ReportModel;
import io.github.rustfit.report.model.ReportModels;
import io.github.rustfit.report.model.SourceLinks;
import io.github.rustfit.report.sarif.SarifReport;
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
 * Writes the HTML report ({@code index.html}), a short Markdown summary ({@code summary.md}) and a
 * SARIF 2.1.0 log for code scanning ({@code rust-fit.sarif}) beside {@code rust-fit.json}. Uses the
 * result already written in this build by the analyze goal; otherwise analyses the reactor first.
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

    /**
     * Where the report's source locations link to, for a report published away from the sources
     * (from CI, say): a URL template holding {@code {path}} (the file's path from the reactor's
     * root) and optionally {@code {line}}, such as
     * {@code https://github.com/org/repo/blob/main/{path}#L{line}}. Without it, locations link to
     * the files relative to the report itself, which works when the report is opened where it
     * was written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.sourceUrl")
    String sourceUrl;

    /**
     * Whether the review gate ({@code check}) fails the build on review problems, as there: the
     * SARIF log then marks them as errors, else as warnings, so code scanning says what the build
     * does.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.failOnMissingReview", defaultValue = "true")
    boolean failOnMissingReview;

    @Override
    void run() throws MojoExecutionException {
        Path directory = outputDirectory.toPath().toAbsolutePath().normalize();
        SourceLinks links = sourceLinks(sourceUrl, directory, Path.of(session.getExecutionRootDirectory()));
        AnalysisResult result = currentResult();
        Optional<AnalysisResult> earlier = earlierResult();
        ReportModel model = ReportModels.of(result, earlier, links);
        Path html = directory.resolve(HtmlReport.FILE_NAME);
        Path root =
                Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
        Path manifestFile = manifestFile();
        try {
            HtmlReport.write(model, html);
            MarkdownSummary.write(model, directory.resolve(MarkdownSummary.FILE_NAME));
            SarifReport.write(
                    result,
                    readManifest(),
                    (manifestFile.startsWith(root) ? root.relativize(manifestFile) : manifestFile)
                            .toString()
                            .replace('\\', '/'),
                    failOnMissingReview,
                    directory.resolve(SarifReport.FILE_NAME));
        } catch (IOException e) {
            throw new MojoExecutionException("rust-fit: could not write the report to " + directory + ": " + e, e);
        }
        getLog().info("rust-fit: report written to " + html);
    }

    /**
     * How source locations link: through {@code sourceUrl} when set, else relative from the
     * report's directory to the execution root.
     */
    static SourceLinks sourceLinks(String sourceUrl, Path reportDirectory, Path root) throws MojoExecutionException {
        if (sourceUrl != null && !sourceUrl.isBlank()) {
            try {
                return SourceLinks.template(sourceUrl.strip());
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("rust-fit: " + e.getMessage());
            }
        }
        try {
            Path from = reportDirectory.toAbsolutePath().normalize();
            return SourceLinks.relative(from.relativize(root.toAbsolutePath().normalize())
                    .toString()
                    .replace('\\', '/'));
        } catch (IllegalArgumentException e) {
            // another drive or file system: no relative path leads there
            return SourceLinks.NONE;
        }
    }

    /**
     * The result of this build: the file the analyze goal wrote earlier in this same build if
     * there is one, else a fresh analysis. A file from an earlier build may describe other sources.
     */
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
