package io.github.rustfit.core.analysis;

import io.github.rustfit.core.analysis.FileDigests.DigestedModule;
import io.github.rustfit.core.cache.FileReportCache;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.file.FileAnalyzer;
import io.github.rustfit.core.file.FileReport;
import io.github.rustfit.core.source.SourceAccess;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * The file analysis stage: every module's files, served by the cache or parsed, tallied module by
 * module in reactor order. No more files than the parsing's window are in flight at once, and a
 * module's cache entries are loaded when its first file is tallied and written when the next module
 * begins, so only one module's entries and a window of reports are ever in memory.
 *
 * <p>A module the cache holds nothing of (every module, in a cold run) has its files sent to the
 * parsing while the module before it is still being tallied, so the parsing threads never stand idle
 * at a module's end. A module with earlier entries waits for the one before it: its files are looked
 * up in its own entries, which are loaded only then.
 */
final class ModuleTallying {

    /** A module's files, tallied, and the notes gathered on the way. */
    record Tallied(DigestedModule digested, ModuleTally tally, List<String> notes) {}

    /** A file on its way: served from the cache, or being parsed; {@code module} is its module's index. */
    private record Pending(int module, SourceFile file, Future<FileReport> report, boolean reused) {}

    private final List<DigestedModule> modules;
    private final IntFunction<ModuleTally> newTally;
    private final FileParsing files;
    private final FileReportCache cache;
    private final SourceAccess access;
    private final long maxFileBytes;
    private final AnalysisListener listener;
    private final Progress progress;

    private final Deque<Pending> inFlight = new ArrayDeque<>();
    private final List<Tallied> tallied = new ArrayList<>();
    /** The module whose files are being tallied, -1 before the first. */
    private int current = -1;

    private ModuleTally tally;
    private List<String> notes;

    /**
     * @param newTally an empty tally for the module of this index
     */
    ModuleTallying(
            List<DigestedModule> modules,
            IntFunction<ModuleTally> newTally,
            FileParsing files,
            FileReportCache cache,
            SourceAccess access,
            long maxFileBytes,
            AnalysisListener listener) {
        this.modules = modules;
        this.newTally = newTally;
        this.files = files;
        this.cache = cache;
        this.access = access;
        this.maxFileBytes = maxFileBytes;
        this.listener = listener;
        this.progress = new Progress(
                modules.stream().mapToInt(module -> module.files().size()).sum(), listener);
    }

    /**
     * Tallies every module's files; {@code done} hears of each module as soon as its files are
     * tallied, in reactor order.
     */
    List<Tallied> run(Consumer<Tallied> done) {
        for (int index = 0; index < modules.size(); index++) {
            DigestedModule module = modules.get(index);
            boolean lookedUp = cache.holdsModule(module.module().key());
            if (lookedUp) {
                // its lookups need its own entries, loaded when it begins
                while (!inFlight.isEmpty()) {
                    finishNext(done);
                }
                advanceTo(index, done);
            }
            for (SourceFile file : module.files()) {
                inFlight.add(start(index, file, lookedUp));
                if (inFlight.size() >= files.window()) {
                    finishNext(done);
                }
            }
        }
        while (!inFlight.isEmpty()) {
            finishNext(done);
        }
        advanceTo(modules.size(), done);
        progress.done();
        return List.copyOf(tallied);
    }

    /** Closes the module being tallied and every one before {@code index}, and begins that one. */
    private void advanceTo(int index, Consumer<Tallied> done) {
        while (current < index) {
            if (current >= 0) {
                Tallied finished = new Tallied(modules.get(current), tally, notes);
                tallied.add(finished);
                done.accept(finished);
            }
            current++;
            if (current < modules.size()) {
                DigestedModule module = modules.get(current);
                cache.beginModule(module.module().key());
                tally = newTally.apply(current);
                notes = new ArrayList<>(module.notes());
            }
        }
    }

    private Pending start(int module, SourceFile file, boolean lookedUp) {
        if (lookedUp) {
            var sameBytes = cache.sameBytes(file.relativePath(), file.digest());
            if (sameBytes.isPresent()) {
                return new Pending(module, file, CompletableFuture.completedFuture(sameBytes.get()), true);
            }
        }
        if (file.size() > maxFileBytes) {
            FileReport report;
            try {
                report = FileAnalyzer.tooLarge(
                        access.read(file.path()), file.relativePath(), file.charset(), maxFileBytes);
            } catch (IOException e) {
                report = FileAnalyzer.unreadable(file.relativePath(), e);
            }
            return new Pending(module, file, CompletableFuture.completedFuture(report), false);
        }
        return new Pending(module, file, files.submit(file), false);
    }

    private void finishNext(Consumer<Tallied> done) {
        Pending pending = inFlight.removeFirst();
        advanceTo(pending.module(), done);
        FileReport report = Futures.await(pending.report());
        if (pending.reused()) {
            cache.reused(report.file());
        } else {
            cache.analysed(report.file(), pending.file().digest(), report);
        }
        report.malformedLine().ifPresent(line -> {
            String encoding = pending.file().charset().name();
            String message = report.file() + ":" + line + ": bytes that are not valid " + encoding
                    + "; read with replacement characters. Set project.build.sourceEncoding to the files' real"
                    + " encoding, or re-save the file as " + encoding + ".";
            notes.add(message);
            listener.warn(message);
        });
        report.problem()
                .ifPresent(problem -> listener.debug("Could not parse " + problem.file() + ":" + problem.line() + ":"
                        + problem.column() + ": " + problem.message()));
        tally.add(report);
        progress.fileDone(report.linesOfCode());
    }

    /** How often a long scan says how far it got. */
    private static final long PROGRESS_INTERVAL_NANOS = 10_000_000_000L;

    /** Prints a progress line every few seconds on long scans; silent on short ones. */
    private static final class Progress {
        private final int total;
        private final AnalysisListener listener;
        private final long start = System.nanoTime();
        private long lastReport = start;
        private int done;
        private long lines;

        Progress(int total, AnalysisListener listener) {
            this.total = total;
            this.listener = listener;
        }

        void fileDone(long linesOfCode) {
            done++;
            lines += linesOfCode;
            long now = System.nanoTime();
            if (now - lastReport >= PROGRESS_INTERVAL_NANOS) {
                lastReport = now;
                listener.info(String.format(
                        Locale.ROOT,
                        "Analysed %d/%d files (%,d lines, %,.0f lines/s)",
                        done,
                        total,
                        lines,
                        lines / ((now - start) / 1e9)));
            }
        }

        void done() {
            listener.debug(String.format(
                    Locale.ROOT,
                    "Parsed and inspected %d files (%,d lines) in %.1f s",
                    done,
                    lines,
                    (System.nanoTime() - start) / 1e9));
        }
    }
}
