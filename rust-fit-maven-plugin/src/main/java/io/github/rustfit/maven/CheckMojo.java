package io.github.rustfit.maven;

import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.review.GateOutcome;
import io.github.rustfit.core.review.ReviewGate;
import io.github.rustfit.core.review.ReviewProblem;
import io.github.rustfit.report.html.HtmlReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The fit-review gate: fails the build when a module whose verdict calls for a review has none,
 * or has one that no longer holds (the code drifted or the verdict rose since, its revisit date
 * passed, or it has no real rationale or reviewer). Judges the result of this build's analysis,
 * and analyses first when no goal has yet.
 */
@Mojo(
        name = "check",
        defaultPhase = LifecyclePhase.VERIFY,
        aggregator = true,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractAnalysisMojo {

    /** The closing line: counts, then where to look. */
    static final String SUMMARY = "rust-fit: review gate: %d module(s) need a review, %d hold; %d error(s), %d"
            + " warning(s). Manifest: %s; result: %s; review stubs: %s%s";

    /** The failure's first line. */
    static final String FAILED = "rust-fit: the fit-review gate failed with %d error(s):";

    /**
     * Fails the build on review problems. When false, missing, stale, expired and incomplete
     * reviews are only warned about.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.failOnMissingReview", defaultValue = "true")
    boolean failOnMissingReview;

    /**
     * Fails the build when a module is in no component of the manifest, or a component names a
     * module the reactor does not have. When false these are only warned about.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.failOnManifestMismatch", defaultValue = "false")
    boolean failOnManifestMismatch;

    /**
     * Fails the build when a module's sources could not all be read (a directory or file without
     * permission, say): its verdict may then be understated, so whether it needs a review cannot be
     * known. When false this is only warned about, and the module is judged on what could be read.
     *
     * @since 0.2.0
     */
    @Parameter(property = "rustfit.failOnUnreadableSources", defaultValue = "true")
    boolean failOnUnreadableSources;

    /** "; report: <path>" when the HTML report exists, for the reader who wants the evidence. */
    private String reportLink() {
        Path report = outputDirectory.toPath().resolve(HtmlReport.FILE_NAME);
        return Files.isRegularFile(report) ? "; report: " + report : "";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Optional<AnalysisResult> ofThisBuild = resultOfThisBuild();
        AnalysisResult result = ofThisBuild.isPresent() ? ofThisBuild.get() : analyzeAndWrite();
        Optional<Manifest> manifest = readManifest();
        GateOutcome outcome = ReviewGate.judge(
                result,
                manifest,
                gateContext(
                        policy(failOnMissingReview, failOnManifestMismatch)
                                .withFailOnUnreadableSources(failOnUnreadableSources),
                        today()));
        for (ReviewProblem problem : outcome.problems()) {
            if (problem.severity() == ReviewProblem.Severity.ERROR) {
                getLog().error(problem.message());
            } else {
                getLog().warn(problem.message());
            }
        }
        getLog().info(String.format(
                Locale.ROOT,
                SUMMARY,
                outcome.requiring(),
                outcome.reviewed(),
                outcome.errors(),
                outcome.warnings(),
                manifestFile() + (manifest.isPresent() ? "" : " (none)"),
                resultFile(),
                stubsFile(),
                reportLink()));
        if (outcome.errors() > 0) {
            List<String> errors = outcome.problems().stream()
                    .filter(problem -> problem.severity() == ReviewProblem.Severity.ERROR)
                    .map(ReviewProblem::message)
                    .toList();
            throw new MojoFailureException(
                    String.format(Locale.ROOT, FAILED, errors.size()) + "\n" + String.join("\n", errors));
        }
    }
}
