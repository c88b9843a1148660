package io.github.rustfit.sample.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The {@link Cache} implementation: keys are spread over a power-of-two number of
 * {@link Segment}s by the high bits of their hash, so threads working on different keys rarely
 * touch the same lock. Create instances with {@link CacheBuilder}.
 */
public final class StripedCache<K, V> implements Cache<K, V> {

    private final Segment<K, V>[] segments;
    private final int segmentShift;
    private final StatsCounter stats = new StatsCounter();
    private final RemovalListener<K, V> removalListener;
    private final Ticker ticker;

    @SuppressWarnings("unchecked")
    StripedCache(CacheBuilder<K, V> builder) {
        int segmentCount = builder.segmentCount();
        int perSegment = (int) Math.max(1, (builder.maximumSize() + segmentCount - 1) / segmentCount);
        this.segments = (Segment<K, V>[]) new Segment<?, ?>[segmentCount];
        for (int i = 0; i < segmentCount; i++) {
            segments[i] = new Segment<>(
                    perSegment, builder.expireAfterWriteNanos(), builder.ticker(), builder.accessBufferSize());
        }
        this.segmentShift = 32 - Integer.numberOfTrailingZeros(segmentCount);
        this.removalListener = builder.removalListener();
        this.ticker = builder.ticker();
    }

    @Override
    public V getIfPresent(K key) {
        int hash = Segment.spreadHashOf(Objects.requireNonNull(key, "key"));
        V value = segmentFor(hash).get(key, hash);
        if (value == null) {
            stats.recordMiss();
        } else {
            stats.recordHit();
        }
        return value;
    }

    @Override
    public V get(K key, Function<? super K, ? extends V> loader) {
        V cached = getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        long start = ticker.read();
        V loaded;
        try {
            loaded = loader.apply(key);
        } catch (RuntimeException | Error e) {
            stats.recordLoadFailure(ticker.read() - start);
            throw e;
        }
        if (loaded == null) {
            stats.recordLoadFailure(ticker.read() - start);
            return null;
        }
        stats.recordLoadSuccess(ticker.read() - start);
        V raced = putInternal(key, loaded, true);
        return raced != null ? raced : loaded;
    }

    @Override
    public V put(K key, V value) {
        Objects.requireNonNull(value, "value");
        return putInternal(Objects.requireNonNull(key, "key"), value, false);
    }

    private V putInternal(K key, V value, boolean onlyIfAbsent) {
        int hash = Segment.spreadHashOf(key);
        List<Segment.Removal<K, V>> removals = new ArrayList<>(2);
        V previous = segmentFor(hash).put(key, hash, value, onlyIfAbsent, removals);
        notifyRemovals(removals);
        return previous;
    }

    @Override
    public void invalidate(K key) {
        int hash = Segment.spreadHashOf(Objects.requireNonNull(key, "key"));
        List<Segment.Removal<K, V>> removals = new ArrayList<>(1);
        segmentFor(hash).remove(key, hash, removals);
        notifyRemovals(removals);
    }

    @Override
    public void invalidateAll() {
        for (Segment<K, V> segment : segments) {
            List<Segment.Removal<K, V>> removals = new ArrayList<>();
            segment.clear(removals);
            notifyRemovals(removals);
        }
    }

    @Override
    public long estimatedSize() {
        long total = 0;
        for (Segment<K, V> segment : segments) {
            total += segment.size();
        }
        return total;
    }

    @Override
    public CacheStats stats() {
        return stats.snapshot();
    }

    @Override
    public void cleanUp() {
        for (Segment<K, V> segment : segments) {
            List<Segment.Removal<K, V>> removals = new ArrayList<>();
            segment.expireEntries(removals);
            notifyRemovals(removals);
        }
    }

    int segmentCount() {
        return segments.length;
    }

    private Segment<K, V> segmentFor(int hash) {
        // segmentShift is 32 for a single segment, and a shift by 32 is a no-op in Java
        return segments.length == 1 ? segments[0] : segments[hash >>> segmentShift];
    }

    private void notifyRemovals(List<Segment.Removal<K, V>> removals) {
        for (Segment.Removal<K, V> removal : removals) {
            stats.recordRemoval(removal.cause());
            try {
                removalListener.onRemoval(removal.key(), removal.value(), removal.cause());
            } catch (RuntimeException e) {
                // a faulty listener must not break the caller's cache operation
                System.getLogger(StripedCache.class.getName())
                        .log(System.Logger.Level.WARNING, "removal listener failed for " + removal.cause(), e);
            }
        }
    }

    @Override
    public String toString() {
        return "StripedCache[segments=" + segments.length + ", size=" + estimatedSize() + ", " + stats() + "]";
    }
}
