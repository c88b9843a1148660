package io.github.rustfit.core.analysis;

import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ResultFiles;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a run makes of an analysis before the cache keeps it for the next run: typically the result
 * with the review states in, written out. The cache keeps the bytes the completion wrote, so that a
 * later run over an unchanged reactor, whose completion comes out equal, can leave the written
 * result as it is instead of serialising and writing it again.
 *
 * @param <T> what the completion makes (the run's outcome)
 * @param <E> what it may fail with
 */
@FunctionalInterface
public interface Completion<T, E extends Exception> {

    /**
     * What a completion made, and the bytes of the result it wrote.
     *
     * @param written the result's bytes as written, kept by the cache for the next run
     */
    record Completed<T>(T outcome, byte[] written) {}

    /**
     * What an earlier run completed from the same reactor state, as the cache kept it.
     *
     * @param result the result as that run completed it
     * @param written its bytes as written then
     */
    record Earlier(AnalysisResult result, byte[] written) {}

    /**
     * Completes this run's analysis.
     *
     * @param analysed the analysis: made now, or when {@code earlier} is present, that earlier
     *     run's completed result, served whole because the reactor has not changed since
     * @param earlier present when the cache served the analysis whole
     */
    Completed<T> complete(AnalysisResult analysed, Optional<Earlier> earlier) throws E;

    /** Keeps the analysis as it is, writing nothing: what the cache keeps is its JSON. */
    static Completion<AnalysisResult, RuntimeException> analysisAsIs() {
        return (analysed, earlier) -> new Completed<>(
                analysed,
                earlier.map(Earlier::written)
                        .orElseGet(() -> ResultFiles.toJson(analysed).getBytes(StandardCharsets.UTF_8)));
    }
}
