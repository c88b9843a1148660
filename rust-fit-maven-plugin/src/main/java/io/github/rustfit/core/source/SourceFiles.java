package io.github.rustfit.core.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
     * @param unreadable directories and files that could not be examined, links named like a Java
     *     file that lead to none among them, sorted by path
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
     * @param fix what makes it readable, as a sentence
     */
    public record Unreadable(Path path, String reason, String fix) implements Comparable<Unreadable> {

        /** The fix for a directory or file the build may not read. */
        public static final String FIX_PERMISSIONS = "Fix its permissions, or remove it from the build's source roots.";

        /** The fix for a link that leads to no file. */
        public static final String FIX_LINK = "Point the link at an existing file, or remove the link.";

        /** Why a link named like a Java file leads nowhere. */
        public static final String MISSING_TARGET = "a symbolic link to a missing file";

        /** Why a link named like a Java file leads back to itself. */
        public static final String LOOP = "a symbolic link in a loop of links";

        /** One the build may not read: fixed by its permissions. */
        public Unreadable(Path path, String reason) {
            this(path, reason, FIX_PERMISSIONS);
        }

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

    /** Links followed, at most, to tell a loop of links from another failure. */
    private static final int MAX_LINKS = 40;

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
        } else if (entry.getFileName().toString().endsWith(".java")) {
            if (attributes.isRegularFile()) {
                files.add(entry);
            } else if (attributes.isSymbolicLink()) {
                followLink(entry, files, unreadable);
            }
        }
    }

    /**
     * A link named like a Java file counts as the file it leads to; one that leads to no file is a
     * source the build cannot read, never silently left out. A link to a directory is not followed.
     */
    private static void followLink(Path link, List<Path> files, List<Unreadable> unreadable) {
        try {
            if (Files.readAttributes(link, BasicFileAttributes.class).isRegularFile()) {
                files.add(link);
            }
        } catch (NoSuchFileException e) {
            unreadable.add(new Unreadable(link, Unreadable.MISSING_TARGET, Unreadable.FIX_LINK));
        } catch (IOException e) {
            unreadable.add(
                    inLoop(link)
                            ? new Unreadable(link, Unreadable.LOOP, Unreadable.FIX_LINK)
                            : new Unreadable(link, Unreadable.reasonOf(e)));
        }
    }

    /**
     * True when following {@code link} comes back to a link already passed, or passes more than
     * {@link #MAX_LINKS}: the file system's own word for it differs from one system to the next.
     */
    private static boolean inLoop(Path link) {
        Set<Path> passed = new HashSet<>();
        Path at = link;
        try {
            while (Files.isSymbolicLink(at)) {
                if (!passed.add(at.toAbsolutePath().normalize()) || passed.size() > MAX_LINKS) {
                    return true;
                }
                Path parent = at.toAbsolutePath().getParent();
                at = parent == null ? Files.readSymbolicLink(at) : parent.resolve(Files.readSymbolicLink(at));
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
