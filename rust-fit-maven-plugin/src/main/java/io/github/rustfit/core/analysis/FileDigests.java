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
 * cannot be read here is unreadable like a directory that cannot be listed.
 */
final class FileDigests {

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

    private FileDigests() {}

    static List<DigestedModule> digest(
            List<ModuleSources> modules, Path root, SourceAccess access, int threads, AnalysisListener listener) {
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, FileDigests::daemon) : null;
        try {
            List<DigestedModule> digested = new ArrayList<>();
            for (ModuleSources module : modules) {
                digested.add(digest(module, root, access, pool, listener));
            }
            return digested;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static DigestedModule digest(
            ModuleSources module, Path root, SourceAccess access, ExecutorService pool, AnalysisListener listener) {
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
        List<SourceFile> files = new ArrayList<>(digests.size());
        List<String> notes = new ArrayList<>(module.notes());
        int unreadable = module.unreadable();
        for (Future<Digest> future : digests) {
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
