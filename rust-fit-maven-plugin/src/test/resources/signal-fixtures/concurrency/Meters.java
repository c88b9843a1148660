package fixtures.concurrency;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Peaks kept per key: atomic numbers updated through a function, reached through a map. */
final class Meters {

    private final Map<String, AtomicLong> peaks = new ConcurrentHashMap<>(); // expect: concurrency.concurrent-collections

    // near-miss: the file updates an atomic it reaches through the map, so the one it creates there is no counter
    void record(String key, long value) {
        peaks.computeIfAbsent(key, k -> new AtomicLong()).accumulateAndGet(value, Math::max); // expect: concurrency.atomics
    }
}
