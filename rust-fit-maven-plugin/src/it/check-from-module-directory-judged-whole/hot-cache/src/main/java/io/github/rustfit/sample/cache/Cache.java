package io.github.rustfit.sample.cache;

import java.util.function.Function;

/**
 * A thread-safe map from keys to values that may forget entries at any time: when it is full,
 * or when an entry has expired. Neither keys nor values may be {@code null}.
 */
public interface Cache<K, V> {

    /** Returns the cached value, or {@code null} when absent or expired. */
    V getIfPresent(K key);

    /**
     * Returns the cached value, computing and caching it with {@code loader} when absent. Two
     * threads missing the same key at the same time may both call the loader; the first value
     * stored wins and is returned to both.
     */
    V get(K key, Function<? super K, ? extends V> loader);

    /** Stores a value, returning the one it replaced (or {@code null}). */
    V put(K key, V value);

    void invalidate(K key);

    void invalidateAll();

    /** Number of entries currently held, including any not yet noticed to have expired. */
    long estimatedSize();

    CacheStats stats();

    /** Removes expired entries and performs pending maintenance now. */
    void cleanUp();
}
