package io.github.rustfit.core.analysis;

import io.github.rustfit.core.cache.FileReportCache;
import io.github.rustfit.core.fork.ParsingProcess;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads, parses and inspects a module's files on a few worker threads, each with its own parser,
 * and hands the reports back in the order the files were given, so a result never depends on
 * scheduling. Files unchanged since the cache was written are served without being read. Only a
 * bounded window of files is in flight, so memory does not grow with the module.
 */
final class FileWorkers implements AutoCloseable {

    /** Files in flight per thread: enough to keep every thread busy, few enough to stay small. */
    private static final int WINDOW_PER_THREAD = 8;

    private final int threads;
    private final ExecutorService pool;
    private final ThreadLocal<FileAnalyzer> analyzers;
    private final FileReportCache cache;
    private final ParsingProcess fork;
    private final Consumer<String> warnings;

    /**
     * @param threads how many files are analysed at once; 1 analyses on the calling thread
     * @param analyzers makes one analyzer per thread
     * @param fork a parsing JVM to send files to, if one runs; files it cannot analyse are
     *     analysed here
     * @param warnings where the warnings raised in the parsing JVM are passed on
     */
    FileWorkers(
            int threads,
            Supplier<FileAnalyzer> analyzers,
            FileReportCache cache,
            Optional<ParsingProcess> fork,
            Consumer<String> warnings) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        // with a parsing JVM, threads here mostly wait for its answers: twice as many keep it busy
        // while others read, hash and cache files
        this.threads = fork.isPresent() ? threads * 2 : threads;
        this.analyzers = ThreadLocal.withInitial(analyzers);
        this.cache = cache;
        this.fork = fork.orElse(null);
        this.warnings = warnings;
        AtomicInteger number = new AtomicInteger();
        this.pool = this.threads == 1
                ? null
                : Executors.newFixedThreadPool(this.threads, task -> {
                    Thread thread = new Thread(task, "rust-fit-analysis-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Analyses {@code files} and passes each report to {@code inOrder}, in the files' order, on the
     * calling thread, which also records every outcome in the cache.
     */
    void analyze(List<Path> files, Function<Path, String> relative, Charset charset, Consumer<FileReport> inOrder) {
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
        Iterator<Path> next = files.iterator();
        int window = threads * WINDOW_PER_THREAD;
        while (next.hasNext() || !inFlight.isEmpty()) {
            while (next.hasNext() && inFlight.size() < window) {
                Path file = next.next();
                String relativePath = relative.apply(file);
                inFlight.add(submit(() -> examine(file, relativePath, charset)));
            }
            Outcome outcome = await(inFlight.removeFirst());
            switch (outcome.kind()) {
                case REUSED -> cache.reused(outcome.report().file(), outcome.stamp());
                case ANALYSED ->
                    cache.analysed(outcome.report().file(), outcome.digest(), outcome.stamp(), outcome.report());
                case UNCACHED -> {
                    // no cache, or a file that could not be read: nothing to remember
                }
            }
            inOrder.accept(outcome.report());
        }
    }

    /** Where a report came from, which decides what the cache remembers of it. */
    private enum Kind {
        REUSED,
        ANALYSED,
        UNCACHED
    }

    /** What one file gave: its report and, for the cache, its stamp and digest (null if unused). */
    private record Outcome(Kind kind, FileReport report, FileReportCache.FileStamp stamp, String digest) {

        static Outcome uncached(FileReport report) {
            return new Outcome(Kind.UNCACHED, report, null, null);
        }

        static Outcome reused(FileReport report, FileReportCache.FileStamp stamp) {
            return new Outcome(Kind.REUSED, report, stamp, null);
        }
    }

    private Outcome examine(Path file, String relativePath, Charset charset) {
        if (!cache.enabled()) {
            try {
                return Outcome.uncached(analyze(Files.readAllBytes(file), relativePath, charset));
            } catch (IOException e) {
                return Outcome.uncached(FileAnalyzer.unreadable(relativePath, e));
            }
        }
        FileReportCache.FileStamp stamp;
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            stamp = new FileReportCache.FileStamp(
                    attributes.size(), attributes.lastModifiedTime().toMillis(), charset.name());
            Optional<FileReport> unchanged = cache.unchanged(relativePath, stamp);
            if (unchanged.isPresent()) {
                return Outcome.reused(unchanged.get(), stamp);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Outcome.uncached(FileAnalyzer.unreadable(relativePath, e));
        }
        String digest = FileReportCache.digest(bytes, charset);
        Optional<FileReport> sameBytes = cache.sameBytes(relativePath, digest);
        if (sameBytes.isPresent()) {
            return Outcome.reused(sameBytes.get(), stamp);
        }
        return new Outcome(Kind.ANALYSED, analyze(bytes, relativePath, charset), stamp, digest);
    }

    /** Analyses in the parsing JVM when there is one and it can; here otherwise. */
    private FileReport analyze(byte[] bytes, String relativePath, Charset charset) {
        if (fork != null) {
            Optional<ParsingProcess.Analysed> analysed = fork.analyze(bytes, relativePath, charset);
            if (analysed.isPresent()) {
                analysed.get().warnings().forEach(warnings);
                return analysed.get().report();
            }
        }
        return analyzers.get().analyze(bytes, relativePath, charset);
    }

    private Future<Outcome> submit(Callable<Outcome> task) {
        if (pool != null) {
            return pool.submit(task);
        }
        FutureTask<Outcome> inline = new FutureTask<>(task);
        inline.run();
        return inline;
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the analysis was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
