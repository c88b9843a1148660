package io.github.rustfit.core.cache;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

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

    /**
     * The mode a setting names ({@code read-write}, {@code read-only} or {@code off}, in any case).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static CacheMode parse(String setting) {
        String wanted =
                setting == null ? "" : setting.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values())
                .filter(mode -> mode.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown cache mode '" + setting + "'. Use one of "
                        + Arrays.stream(values()).map(CacheMode::setting).collect(Collectors.joining(", "))
                        + "."));
    }
}
