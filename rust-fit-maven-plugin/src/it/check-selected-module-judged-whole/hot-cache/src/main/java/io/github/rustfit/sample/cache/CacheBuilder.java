package io.github.rustfit.sample.cache;

import java.time.Duration;
import java.util.Objects;

/**
 * Configures and builds a {@link StripedCache}.
 *
 * <pre>{@code
 * Cache<Long, Customer> customers = CacheBuilder.<Long, Customer>newBuilder()
 *         .maximumSize(50_000)
 *         .expireAfterWrite(Duration.ofMinutes(5))
 *         .build();
 * }</pre>
 */
public final class CacheBuilder<K, V> {

    private static final int MAX_SEGMENTS = 1 << 16;

    private long maximumSize = 10_000;
    private int concurrencyLevel = Math.max(4, Runtime.getRuntime().availableProcessors() * 4);
    private Duration expireAfterWrite;
    private int accessBufferSize = 128;
    private Ticker ticker = Ticker.system();
    private RemovalListener<K, V> removalListener = RemovalListener.ignoring();
    private ExpiryCleaner cleaner;

    private CacheBuilder() {}

    public static <K, V> CacheBuilder<K, V> newBuilder() {
        return new CacheBuilder<>();
    }

    public CacheBuilder<K, V> maximumSize(long maximumSize) {
        if (maximumSize <= 0) {
            throw new IllegalArgumentException("maximumSize must be positive");
        }
        this.maximumSize = maximumSize;
        return this;
    }

    /** Expected number of threads updating the cache at once; rounded down to a power of two. */
    public CacheBuilder<K, V> concurrencyLevel(int concurrencyLevel) {
        if (concurrencyLevel <= 0) {
            throw new IllegalArgumentException("concurrencyLevel must be positive");
        }
        this.concurrencyLevel = concurrencyLevel;
        return this;
    }

    public CacheBuilder<K, V> expireAfterWrite(Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive");
        }
        this.expireAfterWrite = ttl;
        return this;
    }

    public CacheBuilder<K, V> accessBufferSize(int size) {
        if (size < 2 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("access buffer size must be a power of two >= 2");
        }
        this.accessBufferSize = size;
        return this;
    }

    public CacheBuilder<K, V> ticker(Ticker ticker) {
        this.ticker = Objects.requireNonNull(ticker);
        return this;
    }

    public CacheBuilder<K, V> removalListener(RemovalListener<K, V> listener) {
        this.removalListener = Objects.requireNonNull(listener);
        return this;
    }

    /** Lets {@code cleaner} remove expired entries even while nobody writes to the cache. */
    public CacheBuilder<K, V> cleanedBy(ExpiryCleaner cleaner) {
        this.cleaner = Objects.requireNonNull(cleaner);
        return this;
    }

    public StripedCache<K, V> build() {
        StripedCache<K, V> cache = new StripedCache<>(this);
        if (cleaner != null) {
            cleaner.register(cache);
        }
        return cache;
    }

    long maximumSize() {
        return maximumSize;
    }

    int segmentCount() {
        // never more segments than entries, or some segments could hold nothing at all
        long bounded = Math.min(Math.min(concurrencyLevel, MAX_SEGMENTS), maximumSize);
        return Integer.highestOneBit((int) bounded);
    }

    long expireAfterWriteNanos() {
        return expireAfterWrite == null ? 0L : expireAfterWrite.toNanos();
    }

    int accessBufferSize() {
        return accessBufferSize;
    }

    Ticker ticker() {
        return ticker;
    }

    RemovalListener<K, V> removalListener() {
        return removalListener;
    }
}
