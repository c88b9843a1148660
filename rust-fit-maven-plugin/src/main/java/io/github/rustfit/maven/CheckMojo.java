package io.github.rustfit.maven;

import io.github.rustfit.core.review.ReviewProblem;
import io.github.rustfit.report.html.HtmlReport;
import io.github.rustfit.run.Check;
import io.github.rustfit.run.RunOptions;
import io.github.rustfit.run.RunOutcome;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The fit-review gate: fails the build when a module whose verdict calls for a review has none,
 * or has one that no longer holds (the code drifted or the verdict rose since, its revisit date
 * passed, or it has no real rationale or reviewer). Judges this build's run, and runs the
 * analysis first when no goal has yet.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, aggregator = true, threadSafe = true)
public class CheckMojo extends AbstractRunMojo {

    /**
     * Fails the build on review problems: {@code true} or {@code false}; any other value is refused. When false, missing, stale, expired and incomplete
     * reviews are only warned about. While true, a build started in a module's directory that cannot
     * read the rest of the project fails too: it could not tell which of its modules the rest
     * depends on, and so which need a review.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.failOnMissingReview", defaultValue = "true")
    String failOnMissingReview;

    /**
     * Fails the build when a module is in no component of the manifest, or a component names a
     * module the project does not have: {@code true} or {@code false}; any other value is refused. When false these are only
     * warned about.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.failOnManifestMismatch", defaultValue = "false")
    String failOnManifestMismatch;

    /**
     * Fails the build when a module's sources could not all be read (a directory or file without
     * permission, say): its verdict may then be understated, so whether it needs a review cannot be
     * known. {@code true} or {@code false}; any other value is refused. When false this is only warned about, and the module
     * is judged on what could be read.
     *
     * @since 0.2.0
     */
    @Parameter(property = "rustfit.failOnUnreadableSources", defaultValue = "true")
    String failOnUnreadableSources;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        boolean missingReview = Parameters.FAIL_ON_MISSING_REVIEW.of(failOnMissingReview);
        RunOptions options = ReactorRequests.options(
                this,
                new FailOn(
                        missingReview,
                        Parameters.FAIL_ON_MANIFEST_MISMATCH.of(failOnManifestMismatch),
                        Parameters.FAIL_ON_UNREADABLE_SOURCES.of(failOnUnreadableSources),
                        missingReview));
        RunOutcome outcome = outcome(options);
        Path reports = outputDirectory.toPath();
        Check check = Check.of(
                outcome, options.policy(), reports, build().wroteReport(reports.resolve(HtmlReport.FILE_NAME)));
        for (ReviewProblem problem : check.problems()) {
            if (problem.severity() == ReviewProblem.Severity.ERROR) {
                getLog().error(problem.message());
            } else {
                getLog().warn(problem.message());
            }
        }
        getLog().info(check.summary());
        if (check.failure().isPresent()) {
            throw new MojoFailureException(check.failure().get());
        }
    }
}
