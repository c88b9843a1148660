package io.github.rustfit.run;

import io.github.rustfit.core.analysis.AnalysisRequest;
import io.github.rustfit.core.analysis.Completion;
import io.github.rustfit.core.analysis.ReactorAnalyzer;
import io.github.rustfit.core.analysis.Suppressions;
import io.github.rustfit.core.cache.CacheKey;
import io.github.rustfit.core.cache.CacheMode;
import io.github.rustfit.core.cache.FileReportCache;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.fork.ForkedParsing;
import io.github.rustfit.core.fork.Launch;
import io.github.rustfit.core.io.AtomicFiles;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.manifest.ManifestException;
import io.github.rustfit.core.manifest.ManifestReader;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ResultFileException;
import io.github.rustfit.core.result.ResultFiles;
import io.github.rustfit.core.review.GateOutcome;
import io.github.rustfit.core.review.ReviewGate;
import io.github.rustfit.core.review.ReviewPolicy;
import io.github.rustfit.core.review.ReviewStubs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The run: reads the manifest once, analyses the reactor with the team's declared answers, judges
 * every review once, and writes the result and the review stubs (each once, atomically); {@link
 * Reports} writes the reports from the same outcome. Goals of one build share its {@link
 * RunOutcome} instead of running again.
 */
public final class ReactorRun {

    /** Said when there is no manifest. */
    public static final String NO_MANIFEST = "rust-fit: no component manifest at %s; run %s to start one,"
            + " so the team can declare its answers and record fit reviews";

    /** Said when the cache key is too short to trust: the run goes on without the cache. */
    public static final String NO_CACHE = "rust-fit: no analysis cache this run: %s";

    private ReactorRun() {}

    /** Analyses, judges and writes the result and the review stubs. */
    public static RunOutcome analyze(RunOptions options, AnalysisListener listener) throws RunException {
        Optional<Manifest> manifest = readManifest(options);
        if (manifest.isEmpty()) {
            listener.info(String.format(
                    Locale.ROOT,
                    NO_MANIFEST,
                    options.manifestFile(),
                    options.commands().init()));
        }
        return analyse(options, manifest, listener, judgingAndWriting(manifest, options));
    }

    /** The manifest, read once, if there is one. */
    static Optional<Manifest> readManifest(RunOptions options) throws RunException {
        try {
            return ManifestReader.readIfExists(options.manifestFile());
        } catch (ManifestException e) {
            throw new RunException(e.getMessage(), e);
        }
    }

    /**
     * The analysis, with the manifest's declared answers and suppressions, completed by {@code
     * completion} before the cache keeps what it wrote.
     */
    static <T> T analyse(
            RunOptions options,
            Optional<Manifest> manifest,
            AnalysisListener listener,
            Completion<T, RunException> completion)
            throws RunException {
        AnalysisRequest request = options.request()
                .withDeclaredAnswers(manifest.map(Manifest::declaredAnswers).orElse(Map.of()));
        try {
            request = request.withSuppressions(Suppressions.resolve(manifest, request));
        } catch (ManifestException e) {
            throw new RunException(e.getMessage(), e);
        }
        AnalyzerOptions settings = options.analyzer();
        ReactorAnalyzer analyzer = new ReactorAnalyzer()
                .withThreads(settings.threads())
                .withMaxFileBytes(settings.maxFileBytes())
                .withParsing(ForkedParsing.strategy(
                        settings.fork(),
                        setup ->
                                Launch.forParsing(setup.threads(), settings.maxFileBytes(), settings.forkArguments())));
        FileReportCache cache = openCache(analyzer, request, options.cache(), listener);
        options.projectModules().ifPresent(names -> cache.projectModules(key -> names.contains(artifactId(key))));
        return analyzer.analyze(request, listener, cache, completion).outcome();
    }

    /** The analysis cache as configured; without a usable key, no cache (and a warning). */
    private static FileReportCache openCache(
            ReactorAnalyzer analyzer, AnalysisRequest request, CacheOptions cache, AnalysisListener listener) {
        if (cache.mode() == CacheMode.OFF) {
            return FileReportCache.disabled();
        }
        CacheKey key;
        try {
            key = CacheKey.resolve(cache.secret(), cache.keyFile());
        } catch (CacheKey.UnusableKeyException e) {
            listener.warn(String.format(Locale.ROOT, NO_CACHE, e.getMessage()));
            return FileReportCache.disabled();
        } catch (IOException e) {
            listener.warn("rust-fit: no analysis cache this run: its key file " + cache.keyFile()
                    + " could not be read or made (" + e.getMessage() + "). Fix its permissions, or point"
                    + " rustfit.cacheKeyFile at a file of your own.");
            return FileReportCache.disabled();
        }
        return FileReportCache.open(
                cache.file(),
                cache.mode(),
                analyzer.cacheFingerprint(request, cache.buildIdentity()),
                key,
                analyzer.codec(),
                listener);
    }

    /** The artifactId of a module key, {@code groupId:artifactId}. */
    private static String artifactId(String moduleKey) {
        return moduleKey.substring(moduleKey.indexOf(':') + 1);
    }

    /** The usual completion: {@link #judgeAndWrite judge and write} against {@code manifest}. */
    static Completion<RunOutcome, RunException> judgingAndWriting(Optional<Manifest> manifest, RunOptions options) {
        return (analysed, earlier) -> judgeAndWrite(analysed, earlier, manifest, options);
    }

    /**
     * Judges every review once, records each module's state in the result, and writes the result
     * and the review stubs atomically. A result equal to the one an earlier run wrote, whose file
     * still holds exactly those bytes, is left as it is rather than serialised and written again.
     */
    static Completion.Completed<RunOutcome> judgeAndWrite(
            AnalysisResult analysed,
            Optional<Completion.Earlier> earlier,
            Optional<Manifest> manifest,
            RunOptions options)
            throws RunException {
        GateOutcome gate = ReviewGate.judge(analysed, manifest, options.gateContext());
        // served whole, the analysis is the earlier run's result: only the review states can differ
        Optional<byte[]> unchanged = earlier.filter(
                        e -> e.result() == analysed && ReviewGate.holdsStates(analysed, gate))
                .map(Completion.Earlier::written)
                .filter(bytes -> ResultFiles.holds(options.resultFile(), bytes));
        AnalysisResult result = unchanged.isPresent() ? analysed : ReviewGate.withStates(analysed, gate);
        byte[] written;
        try {
            written = unchanged.isPresent() ? unchanged.get() : ResultFiles.write(result, options.resultFile());
        } catch (ResultFileException e) {
            throw new RunException("rust-fit: " + e.getMessage(), e);
        }
        Path stubs = options.stubsFile();
        try {
            AtomicFiles.writeString(stubs, ReviewStubs.render(result, gate, manifest, options.today()));
        } catch (IOException e) {
            throw new RunException("rust-fit: could not write " + stubs + ": " + e.getMessage(), e);
        }
        return new Completion.Completed<>(new RunOutcome(result, gate, manifest, options), written);
    }

    /**
     * The gate's judgement under {@code policy}: the run's own when the policy judges alike (only
     * what fails the build may differ), else judged again from the same result and manifest.
     */
    public static GateOutcome gate(RunOutcome outcome, ReviewPolicy policy) {
        if (policy.judgesLike(outcome.options().policy())) {
            return outcome.gate().under(policy);
        }
        return ReviewGate.judge(
                outcome.result(),
                outcome.manifest(),
                outcome.options().withPolicy(policy).gateContext());
    }
}
