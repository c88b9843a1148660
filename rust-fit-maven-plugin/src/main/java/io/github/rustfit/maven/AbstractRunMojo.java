package io.github.rustfit.maven;

import io.github.rustfit.run.ReactorRun;
import io.github.rustfit.run.RunException;
import io.github.rustfit.run.RunOptions;
import io.github.rustfit.run.RunOutcome;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of the analysis cache, the manifest and the review gate, and the one call every
 * goal makes: the build's run, made once by the first goal that needs it.
 */
abstract class AbstractRunMojo extends AbstractAnalysisMojo {

    /**
     * Reuses what each unchanged source file contributed to the previous run, so a build with no
     * source change costs the hashing of the files, not their parsing. {@code true} or {@code false}; any other value is refused.
     * {@code false} is the same as {@code cacheMode=off}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.useCache", defaultValue = "true")
    String useCache;

    /**
     * How the analysis cache is used: {@code read-write} (the default), {@code read-only} (reuse, never
     * write: for builds of untrusted code, such as pull requests from forks, when the cache is shared),
     * or {@code off}. Every cache entry is authenticated with a key kept outside the cache (see
     * {@code cacheKeyFile}); entries that do not verify, or are malformed, are ignored with a warning.
     *
     * @since 0.2.0
     */
    @Parameter(property = "rustfit.cacheMode", defaultValue = "read-write")
    String cacheMode;

    /**
     * The file holding the key that authenticates the analysis cache, made with a random key on first
     * use and readable by its owner only. Where CI runners share a cache, give every trusted build
     * the same key as a secret in the environment variable {@code RUSTFIT_CACHE_KEY} instead (it
     * wins over this file), and do not give it to untrusted builds.
     *
     * @since 0.2.0
     */
    @Parameter(property = "rustfit.cacheKeyFile", defaultValue = "${user.home}/.rust-fit/cache.key")
    File cacheKeyFile;

    /**
     * Where the per-file cache lives: a file. Point it into a directory your CI caches between builds
     * to keep warm runs fast there too. An existing directory is refused before any work.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "rustfit.cacheFile",
            defaultValue = "${session.executionRootDirectory}/target/rust-fit/cache/file-reports.zip")
    File cacheFile;

    /**
     * The component manifest: which modules make up each component, the team's answers to the
     * article's questions, and the recorded fit reviews. YAML, or JSON when the name ends in
     * {@code .json}. Without the setting it is {@code rust-fit.yaml} (or, when only that exists,
     * {@code rust-fit.json}) at the top of the multi-module project, even when the build starts in a
     * module's directory. Optional: without it every answer comes from the code and no module has a
     * review. A file named by this setting must exist, except for {@code init}, which starts it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.manifest")
    File manifest;

    /**
     * From which verdict on a module needs a recorded fit review: {@code STRONG_CANDIDATE},
     * {@code CONSIDER}, or {@code ALL} (every module with analysed sources).
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.requireReviewFor", defaultValue = "STRONG_CANDIDATE")
    String requireReviewFor;

    /**
     * How far a component's evidence may move after its review before the review is stale, as a
     * fraction from 0 to 1 of what the review saw: {@code 0.10} accepts up to 10% more or fewer lines
     * of code and signal occurrences. A value above 1 is refused.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.driftTolerance", defaultValue = "0.10")
    String driftTolerance;

    /**
     * How many days before its {@code revisitBy} date a review starts to warn. Dates are judged in
     * UTC.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.revisitWarningDays", defaultValue = "30")
    String revisitWarningDays;

    /**
     * Where the reports' source locations link to, for a report published away from the sources
     * (from CI, say): a URL template holding {@code {path}} (the file's path from the project's top)
     * and optionally {@code {line}}, such as {@code https://github.com/org/repo/blob/main/{path}#L{line}}.
     * Without it, locations link to the files relative to the report itself, which works when the
     * report is opened where it was written. Used by the report goals.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.sourceUrl")
    String sourceUrl;

    /** Whether this goal writes a new manifest, so the one {@code manifest} names may not exist yet. */
    boolean startsManifest() {
        return false;
    }

    /** This goal's options, every parameter checked. */
    RunOptions options() throws MojoExecutionException {
        return ReactorRequests.options(this, FailOn.DEFAULTS);
    }

    /** This build's run: the one an earlier goal made, or a new one with {@code options}. */
    RunOutcome outcome(RunOptions options) throws MojoExecutionException {
        try {
            return build().outcome(() -> ReactorRun.analyze(options, listener()));
        } catch (RunException e) {
            throw failed(e);
        }
    }
}
