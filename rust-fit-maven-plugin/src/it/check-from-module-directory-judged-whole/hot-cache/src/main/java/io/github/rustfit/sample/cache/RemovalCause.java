package io.github.rustfit.sample.cache;

/** Why an entry left the cache. */
public enum RemovalCause {
    /** Removed by {@link Cache#invalidate} or {@link Cache#invalidateAll}. */
    EXPLICIT,
    /** Overwritten by {@link Cache#put}. */
    REPLACED,
    /** Evicted to stay within the maximum size. */
    SIZE,
    /** Its time to live had passed. */
    EXPIRED;

    public boolean wasEvicted() {
        return this == SIZE || this == EXPIRED;
    }
}
