package io.github.rustfit.sample.gateway;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A lock-free token bucket expressed as the generic cell rate algorithm: the only state is the
 * theoretical arrival time of the next request. A request is admitted if that time is no more
 * than the burst allowance ahead of now, and admitting it pushes the time one interval later.
 * The selector thread and workers may both consult it, so the update is a CAS loop.
 */
final class RateLimiter {

    private final long intervalNanos;
    private final long burstToleranceNanos;
    private final LongSupplier clock;
    private final AtomicLong theoreticalArrival;

    RateLimiter(double permitsPerSecond, int burst, LongSupplier clock) {
        this.intervalNanos = Math.max(1L, (long) (1_000_000_000L / permitsPerSecond));
        this.burstToleranceNanos = intervalNanos * (burst - 1L);
        this.clock = clock;
        this.theoreticalArrival = new AtomicLong(clock.getAsLong());
    }

    boolean tryAcquire() {
        while (true) {
            long now = clock.getAsLong();
            long tat = theoreticalArrival.get();
            long earliest = Math.max(tat, now);
            if (earliest - now > burstToleranceNanos) {
                return false;
            }
            if (theoreticalArrival.compareAndSet(tat, earliest + intervalNanos)) {
                return true;
            }
        }
    }

    /** How long until the next request would be admitted; zero if it would be now. */
    long nanosUntilNextPermit() {
        long now = clock.getAsLong();
        long wait = theoreticalArrival.get() - now - burstToleranceNanos;
        return Math.max(0L, wait);
    }
}
