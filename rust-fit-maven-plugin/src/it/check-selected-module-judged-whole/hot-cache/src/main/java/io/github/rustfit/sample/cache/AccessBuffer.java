package io.github.rustfit.sample.cache;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * A bounded, lossy, multi-producer single-consumer ring of recently read keys.
 *
 * <p>Readers post the key they hit instead of updating the eviction state themselves, which
 * would need the segment's write lock. When the ring is full, or another reader is posting at
 * the same instant, the event is simply dropped: eviction order is a heuristic and losing a few
 * touches costs less than making readers wait. The consumer drains while holding the segment's
 * write lock, so only one thread ever advances {@code head}.
 */
final class AccessBuffer {

    private final AtomicReferenceArray<Object> slots;
    private final int mask;
    private final AtomicLong tail = new AtomicLong();
    private volatile long head;

    AccessBuffer(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        this.slots = new AtomicReferenceArray<>(capacity);
        this.mask = capacity - 1;
    }

    /** Posts a key; returns false when the event was dropped. */
    boolean offer(Object key) {
        long t = tail.get();
        if (t - head > mask) {
            return false;
        }
        if (!tail.compareAndSet(t, t + 1)) {
            return false;
        }
        slots.lazySet((int) (t & mask), key);
        return true;
    }

    /** True once the ring is at least half full and worth draining from the read path. */
    boolean shouldDrain() {
        return tail.get() - head >= (mask + 1) >>> 1;
    }

    /**
     * Hands every published key to {@code consumer}. Must only be called by one thread at a
     * time; callers hold the segment's write lock.
     */
    int drainTo(Consumer<Object> consumer) {
        long h = head;
        long t = tail.get();
        int drained = 0;
        while (h < t) {
            int index = (int) (h & mask);
            Object key = slots.get(index);
            if (key == null) {
                // the producer claimed the slot but has not stored its key yet
                break;
            }
            slots.lazySet(index, null);
            consumer.accept(key);
            h++;
            drained++;
        }
        head = h;
        return drained;
    }
}
