package io.github.rustfit.maven;

import io.github.rustfit.core.analysis.AnalysisRequest;
import io.github.rustfit.core.analysis.ReactorAnalyzer;
import io.github.rustfit.core.cache.CacheKey;
import io.github.rustfit.core.cache.CacheMode;
import io.github.rustfit.core.cache.FileReportCache;
import io.github.rustfit.core.fork.ForkMode;
import io.github.rustfit.core.fork.ForkedParsing;
import io.github.rustfit.core.fork.Launch;
import io.github.rustfit.core.io.AtomicFiles;
import io.github.rustfit.core.manifest.ClosestMatch;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.manifest.ManifestException;
import io.github.rustfit.core.manifest.ManifestReader;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ResultFileException;
import io.github.rustfit.core.result.ResultFiles;
import io.github.rustfit.core.review.GateOutcome;
import io.github.rustfit.core.review.ReviewGate;
import io.github.rustfit.core.review.ReviewPolicy;
import io.github.rustfit.core.review.ReviewRequirement;
import io.github.rustfit.core.review.ReviewStubs;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters that shape an analysis, shared by every goal that may run one. */
abstract class AbstractAnalysisMojo extends AbstractRustFitMojo {

    /**
     * Java language level to parse sources at, such as {@code 17} or {@code 21}. Empty means the
     * newest level the bundled JavaParser knows, which reads records, sealed types, pattern
     * matching and text blocks.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.languageLevel")
    String languageLevel;

    /**
     * Also analyses test source roots. Off by default: tests rarely decide where Rust pays.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.includeTests", defaultValue = "false")
    boolean includeTests;

    /**
     * Also analyses generated source roots (those inside the build directory).
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.includeGenerated", defaultValue = "false")
    boolean includeGenerated;

    /**
     * How many evidence lines each module keeps per signal in the result. Every occurrence is
     * still counted.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.maxEvidencePerSignal", defaultValue = "20")
    int maxEvidencePerSignal;

    /**
     * How many source files are parsed at once. {@code 0}, the default, uses one thread per
     * processor, as PMD does. The result is the same, byte for byte, for any number of threads;
     * set {@code 1} to keep the analysis on Maven's own thread.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.threads", defaultValue = "0")
    int threads;

    /**
     * Whether source files are parsed in a separate JVM started for the purpose: {@code auto} (the
     * default) does so when 200 or more files are likely to need parsing (those of modules the cache
     * knows nothing of), {@code always} whenever files are examined, and {@code never} parses in
     * Maven's JVM. That JVM uses this one's Java and class path, a heap sized for parsing (never more
     * than Maven's), and flags that suit a short burst of parsing (quick compilation only, and
     * JavaParser's large lexer method compiled). Results are the same, byte for byte; if the JVM
     * cannot start or fails, the rest of the run is parsed in Maven's JVM with a warning.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.fork", defaultValue = "auto")
    String fork;

    /**
     * More arguments for the parsing JVM (see {@code fork}), separated by spaces, such as
     * {@code -Xmx1g}. They come after the plugin's own, so they win.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.forkJvmArguments")
    String forkJvmArguments;

    /**
     * Reuses what each unchanged source file contributed to the previous run, so a build with no
     * source change costs the hashing of the files, not their parsing. {@code false} is the same as
     * {@code cacheMode=off}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.useCache", defaultValue = "true")
    boolean useCache;

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
     * The largest source file, in bytes, that is parsed. A larger file is counted and listed as not
     * parsed, and gives no evidence: its syntax tree could need a hundred times its size in heap.
     * Such files are mostly generated tables.
     *
     * @since 0.2.0
     */
    @Parameter(property = "rustfit.maxFileSize", defaultValue = "1048576")
    long maxFileSize;

    /**
     * Where the per-file cache lives. Point it at a directory your CI caches between builds to
     * keep warm runs fast there too.
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
     * {@code .json}; when the default {@code rust-fit.yaml} does not exist, a {@code rust-fit.json}
     * beside it is read instead. Optional: without it every answer comes from the code and no
     * module has a review.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.manifest", defaultValue = "${session.executionRootDirectory}/rust-fit.yaml")
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
     * fraction of what the review saw: {@code 0.10} accepts up to 10% more or fewer lines of code
     * and signal occurrences.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.driftTolerance", defaultValue = "0.10")
    double driftTolerance;

    /**
     * How many days before its {@code revisitBy} date a review starts to warn.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.revisitWarningDays", defaultValue = "30")
    int revisitWarningDays;

    /**
     * Modules, by artifactId or path and separated by commas, that get an extraction plan whatever
     * their verdict (strong candidates and modules to consider always get one): the cut around their
     * hotspots, the surface the rest of the reactor uses it through, what would cross that boundary,
     * what the cut needs, and whether the boundary is narrow, chatty or wide.
     *
     * @since 0.2.0
     */
    @Parameter(property = "rustfit.planFor")
    List<String> planFor;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    /** Logged when there is no manifest. */
    static final String NO_MANIFEST = "rust-fit: no component manifest at %s; run mvn rust-fit:init to start one,"
            + " so the team can declare its answers and record fit reviews";

    /** The clock reviews are dated and judged by. */
    Clock clock = Clock.systemDefaultZone();

    /** Where the manifest is: the configured file, or the JSON one beside the default. */
    Path manifestFile() {
        return ManifestReader.locate(manifest.toPath().toAbsolutePath().normalize());
    }

    /** Where the review stubs are written. */
    Path stubsFile() {
        return outputDirectory.toPath().resolve(ReviewStubs.FILE_NAME);
    }

    /**
     * Today, by the clock; a build may fix it with the user property {@code rustfit.today}
     * (yyyy-MM-dd), which the integration tests use to judge expiry deterministically.
     */
    LocalDate today() throws MojoExecutionException {
        String fixed = session.getUserProperties().getProperty("rustfit.today");
        if (fixed == null || fixed.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(fixed.strip());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException(
                    "rustfit.today '" + fixed + "' is not a date; write it yyyy-MM-dd, such as 2026-10-01.", e);
        }
    }

    /** The review policy from the parameters. */
    ReviewPolicy policy(boolean failOnMissingReview, boolean failOnManifestMismatch) throws MojoExecutionException {
        ReviewRequirement requirement;
        try {
            requirement = ReviewRequirement.valueOf(requireReviewFor.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            var names =
                    Arrays.stream(ReviewRequirement.values()).map(Enum::name).toList();
            throw new MojoExecutionException("rustfit.requireReviewFor '" + requireReviewFor + "' is not one of "
                    + String.join(", ", names) + "."
                    + ClosestMatch.among(requireReviewFor.strip().toUpperCase(Locale.ROOT), names)
                            .map(match -> " Did you mean " + match + "?")
                            .orElse(""));
        }
        try {
            return new ReviewPolicy(
                    requirement, driftTolerance, revisitWarningDays, failOnMissingReview, failOnManifestMismatch);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "rust-fit: " + e.getMessage() + " (rustfit.driftTolerance," + " rustfit.revisitWarningDays)");
        }
    }

    /** Reads the manifest, if there is one; a manifest that cannot be read stops the build. */
    Optional<Manifest> readManifest() throws MojoExecutionException {
        try {
            return ManifestReader.readIfExists(manifestFile());
        } catch (ManifestException e) {
            // the message is complete; Maven would append the parser's own wording of the cause
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /** Says how to start a manifest; goals that write one stay quiet. */
    void noManifest(Path file) {
        getLog().info(String.format(Locale.ROOT, NO_MANIFEST, file));
    }

    /** The result this build already wrote, if a goal analysed earlier in it. */
    Optional<AnalysisResult> resultOfThisBuild() {
        return Optional.ofNullable(
                (AnalysisResult) session.getRepositorySession().getData().get(resultKey()));
    }

    private String resultKey() {
        return AnalysisResult.class.getName() + "@" + System.identityHashCode(session);
    }

    /** Where the result file lives. */
    Path resultFile() {
        return outputDirectory.toPath().resolve(ResultFiles.FILE_NAME);
    }

    /**
     * The plugin's version; for a snapshot also its jar's size and time, since a rebuilt snapshot
     * may find other signals under the same version.
     */
    private String buildIdentity() {
        String identity = plugin.getVersion();
        File jar = plugin.getPluginArtifact() == null
                ? null
                : plugin.getPluginArtifact().getFile();
        if (identity.endsWith("-SNAPSHOT") && jar != null && jar.isFile()) {
            identity += "@" + jar.length() + "-" + jar.lastModified();
        }
        return identity;
    }

    /**
     * Analyses the reactor with the manifest's declared answers, judges the reviews, writes the
     * result and the review stubs atomically and returns the result.
     */
    AnalysisResult analyzeAndWrite() throws MojoExecutionException {
        Optional<Manifest> components = readManifest();
        if (components.isEmpty()) {
            noManifest(manifestFile());
        }
        ReactorRequests.Settings settings = new ReactorRequests.Settings(
                Path.of(session.getExecutionRootDirectory()),
                Optional.ofNullable(languageLevel).filter(level -> !level.isBlank()),
                includeTests,
                includeGenerated,
                maxEvidencePerSignal,
                plugin.getVersion());
        AnalysisRequest request = ReactorRequests.from(session.getProjects(), settings)
                .withDeclaredAnswers(components.map(Manifest::declaredAnswers).orElse(Map.of()))
                .withPlanFor(
                        planFor == null
                                ? List.of()
                                : planFor.stream()
                                        .map(String::strip)
                                        .filter(name -> !name.isEmpty())
                                        .toList());
        AnalysisResult result;
        MavenLogListener listener = new MavenLogListener(getLog());
        int threadCount = threadCount();
        ForkMode mode = forkMode();
        if (maxFileSize < 1) {
            throw new MojoExecutionException("rust-fit: rustfit.maxFileSize must be at least 1 byte, was " + maxFileSize
                    + ". Remove the setting to parse files of up to 1 MiB (1048576).");
        }
        try {
            ReactorAnalyzer analyzer = new ReactorAnalyzer()
                    .withThreads(threadCount)
                    .withMaxFileBytes(maxFileSize)
                    .withParsing(ForkedParsing.strategy(
                            mode, setup -> Launch.forParsing(setup.threads(), maxFileSize, forkArguments())));
            result = analyzer.analyze(request, listener, openCache(analyzer, request, listener));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("rust-fit: " + e.getMessage() + " (rustfit.languageLevel)", e);
        }
        return judgeAndWrite(result, components);
    }

    /** The analysis cache as configured; without a usable key, no cache (and a warning). */
    private FileReportCache openCache(ReactorAnalyzer analyzer, AnalysisRequest request, MavenLogListener listener)
            throws MojoExecutionException {
        CacheMode mode;
        try {
            mode = useCache ? CacheMode.parse(cacheMode) : CacheMode.OFF;
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("rust-fit: " + e.getMessage()
                    + " Fix rustfit.cacheMode (or <cacheMode> in the plugin's configuration).");
        }
        if (mode == CacheMode.OFF) {
            return FileReportCache.disabled();
        }
        CacheKey key;
        try {
            key = CacheKey.resolve(
                    Optional.ofNullable(System.getenv(CacheKey.ENVIRONMENT_VARIABLE)), cacheKeyFile.toPath());
        } catch (IOException e) {
            getLog().warn("rust-fit: no analysis cache this run: its key file " + cacheKeyFile
                    + " could not be read or made (" + e.getMessage() + "). Fix its permissions, or point"
                    + " rustfit.cacheKeyFile at a file of your own.");
            return FileReportCache.disabled();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("rust-fit: " + e.getMessage());
        }
        return FileReportCache.open(
                cacheFile.toPath(),
                mode,
                analyzer.cacheFingerprint(request, buildIdentity()),
                key,
                analyzer.codec(),
                listener);
    }

    /** When to parse in a separate JVM, as configured. */
    ForkMode forkMode() throws MojoExecutionException {
        try {
            return ForkMode.parse(fork);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("rust-fit: " + e.getMessage()
                    + " Fix rustfit.fork (or <fork> in the plugin's configuration), or remove it to use auto.");
        }
    }

    List<String> forkArguments() {
        return forkJvmArguments == null || forkJvmArguments.isBlank()
                ? List.of()
                : List.of(forkJvmArguments.strip().split("\\s+"));
    }

    /** The threads to parse with: as configured, or one per processor. */
    int threadCount() throws MojoExecutionException {
        if (threads < 0) {
            throw new MojoExecutionException("rust-fit: rustfit.threads must be 0 (one per processor) or more, was "
                    + threads + ". Remove the setting to use one thread per processor.");
        }
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /**
     * Records each module's review state in the result, writes the result and the review stubs
     * atomically, and keeps the result for later goals of this build.
     */
    AnalysisResult judgeAndWrite(AnalysisResult analysed, Optional<Manifest> components) throws MojoExecutionException {
        LocalDate today = today();
        GateOutcome outcome =
                ReviewGate.judge(analysed, components, manifestFile(), stubsFile(), policy(true, false), today);
        AnalysisResult result = ReviewGate.withStates(analysed, outcome);
        try {
            ResultFiles.write(result, resultFile());
        } catch (ResultFileException e) {
            throw new MojoExecutionException("rust-fit: " + e.getMessage(), e);
        }
        try {
            AtomicFiles.writeString(stubsFile(), ReviewStubs.render(result, outcome, components, today));
        } catch (IOException e) {
            throw new MojoExecutionException("rust-fit: could not write " + stubsFile() + ": " + e.getMessage(), e);
        }
        session.getRepositorySession().getData().set(resultKey(), result);
        return result;
    }
}
