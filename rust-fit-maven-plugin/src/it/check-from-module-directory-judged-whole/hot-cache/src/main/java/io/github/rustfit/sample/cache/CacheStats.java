package io.github.rustfit.sample.cache;

/** A point-in-time snapshot of a cache's counters. */
public record CacheStats(
        long hitCount,
        long missCount,
        long loadSuccessCount,
        long loadFailureCount,
        long totalLoadTimeNanos,
        long evictionCount,
        long expirationCount) {

    public long requestCount() {
        return hitCount + missCount;
    }

    public double hitRate() {
        long requests = requestCount();
        return requests == 0 ? 1.0 : (double) hitCount / requests;
    }

    public double averageLoadPenaltyNanos() {
        long loads = loadSuccessCount + loadFailureCount;
        return loads == 0 ? 0.0 : (double) totalLoadTimeNanos / loads;
    }

    /** Counters accumulated between {@code earlier} and this snapshot. */
    public CacheStats minus(CacheStats earlier) {
        return new CacheStats(
                Math.max(0, hitCount - earlier.hitCount),
                Math.max(0, missCount - earlier.missCount),
                Math.max(0, loadSuccessCount - earlier.loadSuccessCount),
                Math.max(0, loadFailureCount - earlier.loadFailureCount),
                Math.max(0, totalLoadTimeNanos - earlier.totalLoadTimeNanos),
                Math.max(0, evictionCount - earlier.evictionCount),
                Math.max(0, expirationCount - earlier.expirationCount));
    }
}
