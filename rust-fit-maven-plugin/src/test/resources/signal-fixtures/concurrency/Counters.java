package fixtures.concurrency;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters that are only incremented and read, beside lock-free state: a state word accessed
 * through a VarHandle, a sequence claimed by compare-and-set, permits updated through a function.
 */
final class Counters {

    private static final VarHandle STATE; // expect: concurrency.atomics

    private final AtomicLong hits = new AtomicLong(); // expect: concurrency.counters
    private final LongAdder misses = new LongAdder(); // expect: concurrency.counters
    private final AtomicLong sequence = new AtomicLong(); // expect: concurrency.atomics
    private final AtomicInteger permits = new AtomicInteger(3); // expect: concurrency.atomics
    private volatile boolean closed; // expect: concurrency.atomics
    private volatile AtomicReference<String> last = new AtomicReference<>(); // expect: concurrency.atomics
    private volatile int state; // expect: concurrency.atomics
    private final Map<String, AtomicInteger> perKey = new HashMap<>();
    private int plain;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Counters.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    void hit(String key) {
        hits.incrementAndGet();
        misses.increment();
        perKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet(); // expect: concurrency.counters
        plain++;
    }

    // near-misses: a number the file compares-and-sets or updates through a function is lock-free state
    long claim(long seen) {
        return sequence.compareAndSet(seen, seen + 1) ? seen : -1; // expect: concurrency.atomics
    }

    int release() {
        return permits.updateAndGet(p -> p + 1);
    }

    boolean open() {
        return STATE.compareAndSet(this, 0, 1); // expect: concurrency.atomics
    }

    int readState() {
        return (int) STATE.getAcquire(this); // expect: concurrency.atomics
    }

    void publish(String value) {
        String previous;
        do {
            previous = last.get();
        } while (!last.compareAndSet(previous, value)); // expect: concurrency.atomics
        VarHandle.releaseFence(); // expect: concurrency.atomics
    }

    boolean isClosed() {
        return closed;
    }
}
