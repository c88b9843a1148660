package io.github.rustfit.core.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers see either the old content or the new, never a mix: the bytes go
 * to a temporary file beside the target, which is then moved over it in one step.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    public static void write(Path target, byte[] content) throws IOException {
        try (Pending pending = begin(target)) {
            pending.stream().write(content);
            pending.commit();
        }
    }

    /**
     * Starts writing {@code target} as a stream, for content too large to hold in memory. Nothing
     * is visible at {@code target} until {@link Pending#commit()}; closing without committing
     * leaves it as it was.
     */
    public static Pending begin(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
        try {
            return new Pending(absolute, temporary, new BufferedOutputStream(Files.newOutputStream(temporary)));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** A file being written beside its target, moved over it in one step when committed. */
    public static final class Pending implements Closeable {

        private final Path target;
        private final Path temporary;
        private final OutputStream stream;
        private boolean closed;

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
            closed = true;
            try {
                stream.close();
                keepPermissions(target, temporary);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    // Some file systems (rare network mounts) cannot rename atomically; a replace
                    // is still better than writing the target in place.
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
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

    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }
}
