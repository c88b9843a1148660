package io.github.rustfit.core.cache;

import java.util.Locale;

/**
 * How a run uses the analysis cache. Builds that run code nobody has reviewed yet (pull requests
 * from forks, say) should only read a cache, as build caches recommend, so they can never leave
 * anything behind for a later build to trust.
 */
public enum CacheMode {
    /** Reuse what the cache holds, and save this run's findings for the next. */
    READ_WRITE,
    /** Reuse what the cache holds; never write it. */
    READ_ONLY,
    /** Neither read nor write a cache: every file is analysed. */
    OFF;

    /** The setting's spelling: {@code read-write}, {@code read-only}, {@code off}. */
    public String setting() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
