package it.app;

import java.util.concurrent.atomic.AtomicLong;

/** Request counters for a metrics page. */
public final class Metrics {

    private final AtomicLong requests = new AtomicLong();
    private volatile boolean closed;

    public long request() {
        return closed ? requests.get() : requests.incrementAndGet();
    }

    public void close() {
        closed = true;
    }
}
