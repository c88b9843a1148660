package io.github.rustfit.maven;

import io.github.rustfit.run.ReviewRun;
import io.github.rustfit.run.RunException;
import io.github.rustfit.run.RunOptions;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Records or refreshes one module's fit review in the manifest, dated today (in UTC) and carrying
 * the digest of the evidence now. Only that review's block changes: every other byte of the
 * manifest stays as it was, and the file is replaced in one step.
 */
@Mojo(name = "review", aggregator = true, threadSafe = true)
public class ReviewMojo extends AbstractRunMojo {

    /**
     * The reviewed module: its artifactId or its path from the reactor root.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.module", required = true)
    String module;

    /**
     * What the review decided: {@code rust-candidate}, {@code stay-on-jvm} or {@code revisit}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.decision", required = true)
    String decision;

    /**
     * Why, in the team's words. Placeholders such as TODO are refused.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.rationale", required = true)
    String rationale;

    /**
     * Who reviewed, comma-separated.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.reviewers", required = true)
    String reviewers;

    /**
     * When the review must be looked at again (yyyy-MM-dd): after today, and at most two years from
     * today. Six months from today when not set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.revisitBy")
    String revisitBy;

    @Override
    void run() throws MojoExecutionException {
        RunOptions options = options();
        ReviewRun.ReviewRequest request = ReactorRequests.review(this, options);
        try {
            ReviewRun.Recorded recorded = ReviewRun.record(options, request, listener());
            build().replace(recorded.outcome());
            getLog().info(recorded.message());
        } catch (RunException e) {
            throw failed(e);
        }
    }
}
