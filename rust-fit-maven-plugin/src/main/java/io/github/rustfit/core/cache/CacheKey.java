package io.github.rustfit.core.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The secret that authenticates the analysis cache. Whoever can write the cache but does not hold
 * the key cannot make a later build trust what they wrote: every entry carries a MAC under this
 * key, and an entry whose MAC does not verify is never used.
 *
 * <p>The key is kept outside the cache: by default in a file of the user's own ({@code
 * ~/.rust-fit/cache.key}, made on first use, readable by its owner only), or, where CI runners share
 * a cache, given as a secret in the environment variable {@value #ENVIRONMENT_VARIABLE}.
 */
public final class CacheKey {

    /** The environment variable that holds the key where runners share a cache. */
    public static final String ENVIRONMENT_VARIABLE = "RUSTFIT_CACHE_KEY";

    /** Shorter secrets are refused: they could be guessed. */
    static final int MINIMUM_SECRET_LENGTH = 16;

    private static final int KEY_BYTES = 32;

    private final byte[] bytes;

    private CacheKey(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /** A key of the given bytes, for tests and embedding. */
    public static CacheKey of(byte[] bytes) {
        if (bytes.length < MINIMUM_SECRET_LENGTH) {
            throw new IllegalArgumentException("a cache key needs at least " + MINIMUM_SECRET_LENGTH + " bytes");
        }
        return new CacheKey(bytes);
    }

    /** The default location of the per-user key file. */
    public static Path defaultFile(Path userHome) {
        return userHome.resolve(".rust-fit").resolve("cache.key");
    }

    /** Said of a secret in {@value #ENVIRONMENT_VARIABLE} too short to be a key. */
    static final String SHORT_SECRET = ENVIRONMENT_VARIABLE + " holds %d character(s); a cache key needs at least %d,"
            + " since a short one could be guessed, so no cache entry is trusted under it. Fix: set "
            + ENVIRONMENT_VARIABLE + " to a long random secret, such as the output of `openssl rand -hex 32`, or"
            + " unset it to use the key file %s.";

    /** Said of a key file too short to be a key. */
    static final String SHORT_FILE = "the cache key file %s holds %d character(s); a cache key needs at least %d,"
            + " since a short one could be guessed, so no cache entry is trusted under it. Fix: delete the file, and"
            + " the next run makes a new key in it.";

    /**
     * The key: the secret when one is given (from {@value #ENVIRONMENT_VARIABLE}), else the contents
     * of {@code file}, which is made with a new random key when it does not exist.
     *
     * @throws UnusableKeyException when the secret, or the key file, is shorter than 16 characters
     * @throws IOException when the key file can neither be read nor made
     */
    public static CacheKey resolve(Optional<String> secret, Path file) throws IOException {
        if (secret.isPresent() && !secret.get().isBlank()) {
            byte[] given = secret.get().strip().getBytes(StandardCharsets.UTF_8);
            if (given.length < MINIMUM_SECRET_LENGTH) {
                throw new UnusableKeyException(String.format(
                        Locale.ROOT, SHORT_SECRET, secret.get().strip().length(), MINIMUM_SECRET_LENGTH, file));
            }
            return new CacheKey(given);
        }
        if (!Files.exists(file)) {
            create(file);
        }
        byte[] stored =
                Files.readString(file, StandardCharsets.US_ASCII).strip().getBytes(StandardCharsets.US_ASCII);
        if (stored.length < MINIMUM_SECRET_LENGTH) {
            throw new UnusableKeyException(
                    String.format(Locale.ROOT, SHORT_FILE, file, stored.length, MINIMUM_SECRET_LENGTH));
        }
        return new CacheKey(stored);
    }

    /**
     * The key given is too short to trust the cache under. Its message is a whole sentence naming
     * where the key came from and the fix; the run goes on without the cache, as it does when the
     * key file cannot be read.
     */
    public static final class UnusableKeyException extends IOException {

        private static final long serialVersionUID = 1L;

        UnusableKeyException(String message) {
            super(message);
        }
    }

    /** Makes a key file only its owner can read; another build making it at the same time wins. */
    private static void create(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temporary = Files.createTempFile(directory, ".cache.key", ".tmp");
        try {
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temporary, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
            try {
                // no replace: a key another build just made is kept, so both use the same one
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file);
            }
        } catch (FileAlreadyExistsException e) {
            // made by another build in the meantime: use that one
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    byte[] bytes() {
        return bytes.clone();
    }
}
