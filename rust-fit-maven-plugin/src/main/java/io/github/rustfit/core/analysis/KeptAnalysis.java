package io.github.rustfit.core.analysis;

import io.github.rustfit.core.cache.FileReportCache;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ResultFiles;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The reuse of an unchanged reactor: the analysis an earlier run kept is read, verified and decoded
 * on a second thread while the files are listed and digested, and serves the run whole when the
 * reactor's state (the request, and every file's path and digest) is exactly what it was then.
 */
final class KeptAnalysis {

    static final String UNDECODABLE =
            "rust-fit: ignoring the analysis kept in the cache (%s); analysing the files again.";

    /** The analysis an earlier run kept, decoded, or why it could not be decoded. */
    private record Kept(String key, Optional<AnalysisResult> result, byte[] written, String problem) {}

    private final FutureTask<Optional<Kept>> reading;

    private KeptAnalysis(FileReportCache cache, String scope) {
        this.reading = new FutureTask<>(() -> cache.keptReactor(scope).map(stored -> {
            try {
                return new Kept(stored.key(), Optional.of(ResultFiles.fromJson(stored.result())), stored.result(), "");
            } catch (IOException | RuntimeException e) {
                return new Kept(stored.key(), Optional.empty(), stored.result(), String.valueOf(e.getMessage()));
            }
        }));
    }

    /** Starts reading what the cache kept for this set of modules, unless there is no cache. */
    static KeptAnalysis start(FileReportCache cache, AnalysisRequest request) {
        KeptAnalysis kept = new KeptAnalysis(cache, scope(request));
        if (cache.enabled()) {
            Thread reader = new Thread(kept.reading, "rust-fit-kept-analysis");
            reader.setDaemon(true);
            reader.start();
        } else {
            kept.reading.cancel(false);
        }
        return kept;
    }

    /**
     * The set of modules a request analyses, under which the cache keeps its analysis: a build of
     * some modules ({@code -pl}) keeps its own, beside the one a build of all of them kept.
     */
    static String scope(AnalysisRequest request) {
        StringBuilder scope = new StringBuilder();
        request.modules().forEach(module -> scope.append(module.key()).append('\n'));
        return scope.toString();
    }

    /**
     * The earlier run's result as it completed it (with the bytes it wrote), when it was made from
     * exactly this {@code reactorKey}. What needed fixing then still does: notes that listing did
     * not already say are said again.
     */
    Optional<Completion.Earlier> serve(
            FileReportCache cache, String reactorKey, int files, Set<String> saidAlready, AnalysisListener listener) {
        Optional<Kept> earlier;
        try {
            earlier = reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            return Optional.empty();
        }
        if (earlier.isEmpty() || !earlier.get().key().equals(reactorKey)) {
            return Optional.empty();
        }
        if (earlier.get().result().isEmpty()) {
            listener.warn(String.format(UNDECODABLE, earlier.get().problem()));
            return Optional.empty();
        }
        AnalysisResult result = earlier.get().result().get();
        cache.reuseReactor(files);
        result.modules().stream()
                .flatMap(module -> module.sources().notes().stream())
                .filter(note -> !saidAlready.contains(note))
                .forEach(listener::warn);
        return Optional.of(new Completion.Earlier(result, earlier.get().written()));
    }
}
