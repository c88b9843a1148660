package io.github.rustfit.core.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see either the old content or the new, never a mix: the bytes go
 * to a temporary file beside the target, which is then moved over it in one step. A symbolic
 * link is written through (its final target is replaced, the link stays); a read-only file is
 * left alone; temporary files that a killed build left behind are removed on a later write.
 */
public final class AtomicFiles {

    private static final String ELSEWHERE = " or point the plugin elsewhere (rustfit.outputDirectory; rustfit.cacheFile"
            + " or rustfit.manifest for those files)";

    /** A file stands where a directory must be created: the directory, then the file. */
    public static final String FILE_IN_THE_WAY =
            "cannot create the directory %s because a file is in the way: %s is a file. Move that file away,"
                    + ELSEWHERE + ".";

    /** A directory stands where the file must be written: it is never replaced. */
    public static final String DIRECTORY_IN_THE_WAY =
            "cannot write %s: a directory of that name is in the way, and it was left as it is. Move the"
                    + " directory away," + ELSEWHERE + ".";

    /** A directory the plugin must write into, or create a directory in, is not writable. */
    public static final String NOT_WRITABLE =
            "cannot write into %1$s: the directory is not writable. Fix its permission" + " (chmod u+w %1$s),"
                    + ELSEWHERE + ".";

    /** The target is read-only: it is never replaced. */
    public static final String READ_ONLY =
            "%1$s is read-only, so it was left as it is. Make it writable (chmod u+w %1$s)"
                    + " if the goal should change it.";

    /** Text that UTF-8 cannot encode is never written with replacement characters. */
    public static final String UNENCODABLE = "could not write %s: the text holds U+%04X, half of a UTF-16 surrogate"
            + " pair, which UTF-8 cannot encode; nothing was written.";

    /**
     * How long a temporary file of this plugin must have gone unmodified before a later write
     * removes it as left behind by a killed build. A live writer writes its temporary file in one
     * go (results, reports, manifests: milliseconds) or as a stream with a write at least every
     * module (the cache); nothing in a build leaves its temporary file untouched for an hour, so
     * one that old has no writer left, while a concurrent build's file, even on a slow machine,
     * is far younger. An age needs no lock, which network file systems and Windows honour
     * unevenly and which a process's own second channel on the file would release.
     */
    static final Duration STALE_AFTER = Duration.ofHours(1);

    /**
     * This process's mark in its temporary files' names, {@code p<pid>-<machine>}, so that a later
     * build on the same machine can tell at once that the process which wrote one is gone (killed
     * while writing) rather than wait {@link #STALE_AFTER}; empty where the machine cannot be told
     * apart from others sharing the directory.
     */
    private static final Optional<String> OWNER =
            machine().map(machine -> "p" + ProcessHandle.current().pid() + "-" + machine);

    /** A temporary file named with its writer: the process id, then the machine. */
    private static final Pattern OWNED =
            Pattern.compile("\\..+\\.p([0-9]+)-([0-9a-f]{16})\\.[0-9]+" + Pattern.quote(".rust-fit.tmp"));

    /** What {@link Files#createTempFile} inserts between prefix and suffix: an unsigned long. */
    private static final String RANDOM = "[0-9]+";

    /** This plugin's temporary files: {@code .<target name>.<random>.rust-fit.tmp}. */
    private static final String SUFFIX = ".rust-fit.tmp";

    private static final Pattern OURS = Pattern.compile("\\..+\\." + RANDOM + Pattern.quote(SUFFIX));

    /** How many symbolic links are followed before a chain counts as a loop (Linux's own limit). */
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {}

    public static void write(Path target, byte[] content) throws IOException {
        try (Pending pending = begin(target)) {
            pending.stream().write(content);
            pending.commit();
        }
    }

    /** Writes text as UTF-8, refusing text UTF-8 cannot encode rather than writing {@code ?} for it. */
    public static void writeString(Path target, String content) throws IOException {
        write(target, encode(target, content));
    }

    /**
     * Creates {@code target} with this text as UTF-8, atomically and only if no file is there at
     * the moment it appears: a file that another process created meanwhile (say, between a goal's
     * check and its write, minutes apart on a large reactor) is never replaced.
     *
     * @throws FileAlreadyExistsException when {@code target} exists, before or at the write
     */
    public static void createString(Path target, String content) throws IOException {
        byte[] bytes = encode(target, content);
        try (Pending pending = begin(target)) {
            pending.stream().write(bytes);
            pending.commitNew();
        }
    }

    private static byte[] encode(Path target, String content) throws IOException {
        ByteBuffer encoded;
        try {
            encoded = StandardCharsets.UTF_8
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            throw new IOException(String.format(Locale.ROOT, UNENCODABLE, target, (int) loneSurrogate(content)), e);
        }
        return Arrays.copyOf(encoded.array(), encoded.limit());
    }

    private static char loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return c;
            }
        }
        return '\uFFFD';
    }

    /**
     * Starts writing {@code target} as a stream, for content too large to hold in memory. Nothing
     * is visible at {@code target} until {@link Pending#commit()}; closing without committing
     * leaves it as it was.
     */
    public static Pending begin(Path target) throws IOException {
        Path destination = finalTarget(target.toAbsolutePath());
        Path directory = destination.getParent();
        createDirectories(directory);
        if (Files.isDirectory(destination)) {
            throw new IOException(String.format(Locale.ROOT, DIRECTORY_IN_THE_WAY, destination));
        }
        refuseReadOnly(destination);
        removeStaleTemporaries(directory, destination.getFileName().toString());
        Path temporary;
        try {
            temporary = Files.createTempFile(
                    directory,
                    "." + destination.getFileName() + "."
                            + OWNER.map(owner -> owner + ".").orElse(""),
                    SUFFIX);
        } catch (AccessDeniedException e) {
            throw new IOException(String.format(Locale.ROOT, NOT_WRITABLE, directory), e);
        }
        try {
            return new Pending(destination, temporary, new BufferedOutputStream(Files.newOutputStream(temporary)));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /**
     * Where a write to {@code path} must land: the final target of a symbolic link, so the link
     * (say, a manifest shared between checkouts) stays a link and its target gets the content.
     */
    private static Path finalTarget(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINKS) {
                throw new IOException(
                        "cannot write " + path + ": its symbolic links form a loop; make it point at" + " a file.");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
        }
        return current;
    }

    private static void createDirectories(Path directory) throws IOException {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            Path existing = directory;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing != null && !Files.isDirectory(existing)) {
                throw new IOException(String.format(Locale.ROOT, FILE_IN_THE_WAY, directory, existing), e);
            }
            if (existing != null && !Files.isWritable(existing)) {
                throw new IOException(String.format(Locale.ROOT, NOT_WRITABLE, existing), e);
            }
            throw e;
        }
    }

    /**
     * A file nobody may write (no write permission at all, or none for this user) was protected
     * on purpose; replacing it by a move would get around that, so it is refused instead. The
     * permission bits are read too, because root may write anything.
     */
    private static void refuseReadOnly(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        boolean readOnly = !Files.isWritable(target);
        if (!readOnly && Files.getFileStore(target).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
            readOnly = !permissions.contains(PosixFilePermission.OWNER_WRITE)
                    && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
        }
        if (readOnly) {
            throw new AccessDeniedException(null, null, String.format(Locale.ROOT, READ_ONLY, target));
        }
    }

    /**
     * Removes this plugin's temporary files that a killed build left in {@code directory}: those
     * named as only this class names them, and those that earlier builds of the plugin named
     * {@code .<target name><random>.tmp} for the file being written now (that older name is too
     * plain to claim for any other file). Only regular files unmodified for {@link #STALE_AFTER}
     * go, or at once those whose writer on this machine no longer runs ({@link #writerIsGone}). Best effort: a file that cannot be removed stays, and never stops the write.
     */
    private static void removeStaleTemporaries(Path directory, String targetName) {
        Pattern earlier = Pattern.compile(Pattern.quote("." + targetName) + RANDOM + Pattern.quote(".tmp"));
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, entry -> {
            String name = entry.getFileName().toString();
            return OURS.matcher(name).matches() || earlier.matcher(name).matches();
        })) {
            for (Path entry : entries) {
                try {
                    BasicFileAttributes attributes =
                            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isRegularFile()
                            && (attributes.lastModifiedTime().toInstant().isBefore(staleBefore)
                                    || writerIsGone(entry))) {
                        Files.deleteIfExists(entry);
                    }
                } catch (IOException e) {
                    // another build removed it first, or it is not ours to remove: leave it
                }
            }
        } catch (IOException e) {
            // an unlistable directory fails the write itself, with a clearer message
        }
    }

    /**
     * True when {@code file} is a temporary file that a process of this user on this machine wrote,
     * and that process no longer runs: it was killed while writing. A process id that is in use
     * again keeps the file until it is {@link #STALE_AFTER} old; a file of another machine, or of
     * another user (whose processes this one may not see), is never judged by this one's processes.
     */
    static boolean writerIsGone(Path file) {
        var owned = OWNED.matcher(file.getFileName().toString());
        if (OWNER.isEmpty() || !owned.matches() || !OWNER.get().endsWith("-" + owned.group(2))) {
            return false;
        }
        try {
            if (!Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))) {
                return false;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(owned.group(1));
        } catch (NumberFormatException e) {
            return false;
        }
        return pid != ProcessHandle.current().pid()
                && ProcessHandle.of(pid).map(ProcessHandle::isAlive).isEmpty();
    }

    /**
     * This machine, as far as process ids go: the boot and the process-id namespace (a container
     * has its own), hashed, so two machines, two boots or two containers sharing a directory never
     * take each other's process ids for their own. Read on Linux; elsewhere unknown.
     */
    private static Optional<String> machine() {
        try {
            String boot =
                    Files.readString(Path.of("/proc/sys/kernel/random/boot_id")).strip();
            String processes =
                    Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
            if (boot.isEmpty() || processes.isEmpty()) {
                return Optional.empty();
            }
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((boot + "|" + processes).getBytes(StandardCharsets.UTF_8));
            return Optional.of(HexFormat.of().formatHex(digest, 0, 8));
        } catch (IOException | UnsupportedOperationException | SecurityException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    /** A file being written beside its target, moved over it in one step when committed. */
    public static final class Pending implements Closeable {

        private final Path target;
        private final Path temporary;
        private final OutputStream stream;
        private boolean closed;

        /** How the finished temporary file takes the target's place. */
        @FunctionalInterface
        private interface Placement {
            void place() throws IOException;
        }

        private Pending(Path target, Path temporary, OutputStream stream) {
            this.target = target;
            this.temporary = temporary;
            this.stream = stream;
        }

        /** Where the content goes; callers must not close it themselves. */
        public OutputStream stream() {
            return stream;
        }

        /** Makes the content written so far the target's, atomically where the file system can. */
        public void commit() throws IOException {
            finish(() -> {
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    // Some file systems (rare network mounts) cannot rename atomically; a replace
                    // is still better than writing the target in place.
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            });
        }

        /**
         * Makes the content the target's only if the target does not exist: a hard link is made
         * in one step that fails when something is there; where the file system has no hard
         * links, a move that refuses an existing target is the nearest.
         */
        void commitNew() throws IOException {
            finish(() -> {
                try {
                    Files.createLink(target, temporary);
                } catch (FileAlreadyExistsException e) {
                    throw e;
                } catch (UnsupportedOperationException | FileSystemException e) {
                    Files.move(temporary, target);
                }
            });
        }

        /** Closes the temporary file, gives it the target's permissions and puts it in place. */
        private void finish(Placement placement) throws IOException {
            closed = true;
            try {
                stream.close();
                keepPermissions(target, temporary);
                placement.place();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }

        /** Abandons the content unless it was committed. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                stream.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * A temporary file is created readable by its owner only; the file it replaces keeps its
     * permissions, and a new one gets the usual read access for everyone.
     */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }
}
