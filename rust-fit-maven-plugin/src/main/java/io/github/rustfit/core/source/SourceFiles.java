package io.github.rustfit.core.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * Lists the Java files of a source root in a stable order. A directory or file that cannot be read
 * does not hide the rest of the root: it is listed as {@linkplain Listing#unreadable() unreadable},
 * with the reason, and every other file is still found. Whoever judges the module then knows its
 * sources were not all seen.
 */
public final class SourceFiles {

    /**
     * A source root's Java files, sorted by path, and what could not be read below it.
     *
     * @param files every regular {@code .java} file (a link to one counts), sorted
     * @param unreadable directories and files that could not be examined, sorted by path
     */
    public record Listing(List<Path> files, List<Unreadable> unreadable) {

        public Listing {
            files = List.copyOf(files);
            unreadable = List.copyOf(unreadable);
        }
    }

    /**
     * A directory or file below a source root that could not be examined.
     *
     * @param path the absolute path
     * @param reason what the file system said, in a few words
     */
    public record Unreadable(Path path, String reason) implements Comparable<Unreadable> {

        @Override
        public int compareTo(Unreadable other) {
            return path.compareTo(other.path);
        }

        /** The reason an I/O failure gives: its kind and the file system's own words. */
        public static String reasonOf(IOException e) {
            String kind = e.getClass().getSimpleName().replaceFirst("Exception$", "");
            String detail = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : e.getMessage();
            return detail == null || detail.isBlank() ? kind : kind + ": " + detail;
        }
    }

    private SourceFiles() {}

    /**
     * Every regular {@code .java} file below {@code root}, sorted by path. Symbolic links to
     * directories are not followed, so a link cycle cannot hang a build.
     */
    public static Listing javaFiles(Path root) {
        return javaFiles(root, SourceAccess.FILE_SYSTEM);
    }

    /** As {@link #javaFiles(Path)}, opening directories through {@code access}. */
    public static Listing javaFiles(Path root, SourceAccess access) {
        List<Path> files = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        Deque<Path> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Path directory = pending.pop();
            try (DirectoryStream<Path> entries = access.open(directory)) {
                for (Path entry : entries) {
                    visit(entry, files, pending, unreadable);
                }
            } catch (IOException | java.nio.file.DirectoryIteratorException e) {
                IOException cause =
                        e instanceof IOException io ? io : ((java.nio.file.DirectoryIteratorException) e).getCause();
                unreadable.add(new Unreadable(directory, Unreadable.reasonOf(cause)));
            }
        }
        Collections.sort(files);
        Collections.sort(unreadable);
        return new Listing(files, unreadable);
    }

    private static void visit(Path entry, List<Path> files, Deque<Path> pending, List<Unreadable> unreadable) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            unreadable.add(new Unreadable(entry, Unreadable.reasonOf(e)));
            return;
        }
        if (attributes.isDirectory()) {
            pending.push(entry);
        } else if (entry.getFileName().toString().endsWith(".java")
                && (attributes.isRegularFile() || (attributes.isSymbolicLink() && Files.isRegularFile(entry)))) {
            files.add(entry);
        }
    }
}
