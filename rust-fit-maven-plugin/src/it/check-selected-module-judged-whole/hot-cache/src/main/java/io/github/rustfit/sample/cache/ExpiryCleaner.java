package io.github.rustfit.sample.cache;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A background thread that periodically calls {@link Cache#cleanUp()} on every registered
 * cache, so expired entries are released even in caches nobody writes to. One cleaner is meant
 * to be shared by all caches of a process. Caches are held weakly: a cache that is no longer
 * used elsewhere is dropped rather than kept alive by its cleaner.
 */
public final class ExpiryCleaner implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ExpiryCleaner.class.getName());
    private static final AtomicInteger THREAD_IDS = new AtomicInteger();

    private final Queue<WeakReference<Cache<?, ?>>> caches = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService scheduler;

    private ExpiryCleaner(Duration interval) {
        ThreadFactory threads = runnable -> {
            Thread thread = new Thread(runnable, "hot-cache-cleaner-" + THREAD_IDS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.scheduler = Executors.newSingleThreadScheduledExecutor(threads);
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::sweep, millis, millis, TimeUnit.MILLISECONDS);
    }

    public static ExpiryCleaner start(Duration interval) {
        if (interval.toMillis() <= 0) {
            throw new IllegalArgumentException("interval must be at least one millisecond");
        }
        return new ExpiryCleaner(interval);
    }

    void register(Cache<?, ?> cache) {
        caches.add(new WeakReference<>(cache));
    }

    /** Number of caches still registered and alive. */
    public int registeredCaches() {
        int count = 0;
        for (WeakReference<Cache<?, ?>> ref : caches) {
            if (ref.get() != null) {
                count++;
            }
        }
        return count;
    }

    private void sweep() {
        for (Iterator<WeakReference<Cache<?, ?>>> it = caches.iterator(); it.hasNext(); ) {
            Cache<?, ?> cache = it.next().get();
            if (cache == null) {
                it.remove();
                continue;
            }
            try {
                cache.cleanUp();
            } catch (RuntimeException e) {
                // keep the schedule alive: an exception would cancel all future sweeps
                LOG.log(System.Logger.Level.WARNING, "cache clean-up failed", e);
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "cache cleaner did not stop within 5 seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
