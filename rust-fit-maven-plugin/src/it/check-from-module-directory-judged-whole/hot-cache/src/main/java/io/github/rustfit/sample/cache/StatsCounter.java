package io.github.rustfit.sample.cache;

import java.util.concurrent.atomic.LongAdder;

/**
 * Contended counters for the cache's hot paths. {@link LongAdder} spreads increments over
 * per-thread cells, so recording a hit does not make every reader fight over one cache line.
 */
final class StatsCounter {

    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder loadSuccesses = new LongAdder();
    private final LongAdder loadFailures = new LongAdder();
    private final LongAdder loadTimeNanos = new LongAdder();
    private final LongAdder evictions = new LongAdder();
    private final LongAdder expirations = new LongAdder();

    void recordHit() {
        hits.increment();
    }

    void recordMiss() {
        misses.increment();
    }

    void recordLoadSuccess(long nanos) {
        loadSuccesses.increment();
        loadTimeNanos.add(nanos);
    }

    void recordLoadFailure(long nanos) {
        loadFailures.increment();
        loadTimeNanos.add(nanos);
    }

    void recordRemoval(RemovalCause cause) {
        switch (cause) {
            case SIZE -> evictions.increment();
            case EXPIRED -> expirations.increment();
            default -> {}
        }
    }

    CacheStats snapshot() {
        return new CacheStats(
                hits.sum(),
                misses.sum(),
                loadSuccesses.sum(),
                loadFailures.sum(),
                loadTimeNanos.sum(),
                evictions.sum(),
                expirations.sum());
    }
}
