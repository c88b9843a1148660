package io.github.rustfit.run;

import io.github.rustfit.core.cache.CacheMode;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How the analysis cache is used.
 *
 * @param mode read-write, read-only or off
 * @param file where the cache lives
 * @param keyFile the file holding the key that authenticates it
 * @param secret the key from the environment, which wins over the file
 * @param buildIdentity the plugin build (for a snapshot, also its jar), so another build's cache is never used
 */
public record CacheOptions(CacheMode mode, Path file, Path keyFile, Optional<String> secret, String buildIdentity) {}
