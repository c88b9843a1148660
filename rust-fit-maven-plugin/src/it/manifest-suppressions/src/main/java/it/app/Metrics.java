package it.app;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** The time of the last request, for a metrics page. */
public final class Metrics {

    private final AtomicReference<Instant> lastRequest = new AtomicReference<>();
    private volatile boolean closed;

    public Instant request() {
        return closed ? lastRequest.get() : lastRequest.getAndSet(Instant.now());
    }

    public void close() {
        closed = true;
    }
}
