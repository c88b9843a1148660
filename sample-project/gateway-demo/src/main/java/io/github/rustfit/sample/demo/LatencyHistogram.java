package io.github.rustfit.sample.demo;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Round-trip times in power-of-two microsecond buckets, recorded from many threads at once.
 * Coarse, but enough to see whether a setting moves the tail.
 */
final class LatencyHistogram {

    private static final int BUCKETS = 40;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

    void record(long nanos) {
        long micros = Math.max(1, nanos / 1_000);
        int bucket = Math.min(BUCKETS - 1, 63 - Long.numberOfLeadingZeros(micros));
        counts.incrementAndGet(bucket);
    }

    long total() {
        long sum = 0;
        for (int i = 0; i < BUCKETS; i++) {
            sum += counts.get(i);
        }
        return sum;
    }

    /** Upper bound, in microseconds, of the bucket holding the given percentile. */
    long percentileMicros(double percentile) {
        long total = total();
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(percentile / 100.0 * total);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return 1L << (i + 1);
            }
        }
        return 1L << BUCKETS;
    }
}
