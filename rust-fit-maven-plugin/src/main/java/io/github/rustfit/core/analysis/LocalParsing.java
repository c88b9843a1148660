package io.github.rustfit.core.analysis;

import io.github.rustfit.core.file.FileAnalyzer;
import io.github.rustfit.core.file.FileReport;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses files in this JVM on a few worker threads, each with its own parser. A large file's syntax
 * tree can take a hundred times its size in heap, so files over {@value #LARGE_FILE_BYTES} bytes
 * are parsed one at a time: two of them at once would need more than a small heap holds.
 */
public final class LocalParsing implements FileParsing {

    /** Files in flight per thread: enough to keep every thread busy, few enough to stay small. */
    private static final int WINDOW_PER_THREAD = 8;

    /** From this size on, a file is parsed while no other such file is. */
    static final long LARGE_FILE_BYTES = 256 * 1024;

    private final int threads;
    private final ExecutorService pool;
    private final ThreadLocal<FileAnalyzer> analyzers;
    private final Semaphore largeFiles = new Semaphore(1);

    public LocalParsing(ParsingSetup setup) {
        this.threads = setup.threads();
        this.analyzers = ThreadLocal.withInitial(
                () -> FileAnalyzer.parsingAt(setup.languageLevel(), setup.signals(), setup.listener()::warn));
        AtomicInteger number = new AtomicInteger();
        this.pool = threads == 1
                ? null
                : Executors.newFixedThreadPool(threads, task -> {
                    Thread thread = new Thread(task, "rust-fit-analysis-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Override
    public Future<FileReport> submit(SourceFile file) {
        FutureTask<FileReport> task = new FutureTask<>(() -> analyzeHere(file));
        if (pool == null) {
            task.run();
        } else {
            pool.execute(task);
        }
        return task;
    }

    /** Reads and analyses one file on the calling thread. */
    public FileReport analyzeHere(SourceFile file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            return FileAnalyzer.unreadable(file.relativePath(), e);
        }
        if (bytes.length < LARGE_FILE_BYTES) {
            return analyzers.get().analyze(bytes, file.relativePath(), file.charset());
        }
        largeFiles.acquireUninterruptibly();
        try {
            return analyzers.get().analyze(bytes, file.relativePath(), file.charset());
        } finally {
            largeFiles.release();
        }
    }

    @Override
    public int window() {
        return threads * WINDOW_PER_THREAD;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
