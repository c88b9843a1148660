package io.github.rustfit.core.analysis;

import io.github.rustfit.core.analysis.SourceListing.ModuleSources;
import io.github.rustfit.core.cache.FileReportCache;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.source.SourceAccess;
import io.github.rustfit.core.source.SourceFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The second stage: every listed file is read once and digested, so that what the cache serves is
 * bound to the files' contents, never to their sizes and times, which anyone can set. A file that
 * cannot be read here is unreadable like a directory that cannot be listed. A module's files are
 * read on the digesting threads while the next module is listed.
 */
final class FileDigests implements AutoCloseable {

    /**
     * One module's files, read and digested.
     *
     * @param sources what listing found
     * @param files the files that could be read, in order
     * @param notes the listing's notes and one for every file that could not be read
     * @param unreadable how many directories and files could not be read
     */
    record DigestedModule(ModuleSources sources, List<SourceFile> files, List<String> notes, int unreadable) {

        DigestedModule {
            files = List.copyOf(files);
            notes = List.copyOf(notes);
        }

        ModuleRequest module() {
            return sources.module();
        }
    }

    private record Digest(Path file, long size, String digest, IOException failure) {}

    /** A module whose files are being read, and their digests to come, in order. */
    private record Submitted(ModuleSources module, List<Future<Digest>> digests) {}

    private final Path root;
    private final SourceAccess access;
    private final ExecutorService pool;
    private final List<Submitted> submitted = new ArrayList<>();

    /** Digests on {@code threads} threads (in the caller's thread when there is only one). */
    FileDigests(Path root, SourceAccess access, int threads) {
        this.root = root;
        this.access = access;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, FileDigests::daemon) : null;
    }

    /** Starts reading and digesting {@code module}'s files, so they are read while the next module is listed. */
    void submit(ModuleSources module) {
        List<Future<Digest>> digests = new ArrayList<>(module.files().size());
        for (Path file : module.files()) {
            java.util.concurrent.FutureTask<Digest> task =
                    new java.util.concurrent.FutureTask<>(() -> digest(file, module.module(), access));
            if (pool == null) {
                task.run();
            } else {
                pool.execute(task);
            }
            digests.add(task);
        }
        submitted.add(new Submitted(module, digests));
    }

    /**
     * Every submitted module, digested, in the order submitted; a file that could not be read is
     * noted and warned of.
     */
    List<DigestedModule> digested(AnalysisListener listener) {
        List<DigestedModule> digested = new ArrayList<>(submitted.size());
        for (Submitted module : submitted) {
            digested.add(digested(module, listener));
        }
        return digested;
    }

    private DigestedModule digested(Submitted submitted, AnalysisListener listener) {
        ModuleSources module = submitted.module();
        List<SourceFile> files = new ArrayList<>(submitted.digests().size());
        List<String> notes = new ArrayList<>(module.notes());
        int unreadable = module.unreadable();
        for (Future<Digest> future : submitted.digests()) {
            Digest digest = Futures.await(future);
            String relative = Paths.relative(root, digest.file());
            if (digest.failure() != null) {
                unreadable++;
                String note = SourceListing.unreadable(relative, SourceFiles.Unreadable.reasonOf(digest.failure()));
                notes.add(note);
                listener.warn(module.module().artifactId() + ": " + note);
            } else {
                files.add(new SourceFile(
                        digest.file(), relative, module.module().encoding(), digest.size(), digest.digest()));
            }
        }
        return new DigestedModule(module, files, notes, unreadable);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static Digest digest(Path file, ModuleRequest module, SourceAccess access) {
        try {
            byte[] bytes = access.read(file);
            return new Digest(file, bytes.length, FileReportCache.digest(bytes, module.encoding()), null);
        } catch (IOException e) {
            return new Digest(file, 0, null, e);
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "rust-fit-digest");
        thread.setDaemon(true);
        return thread;
    }
}
