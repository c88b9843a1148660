package it.lib;

import java.util.concurrent.atomic.AtomicLong;

public final class Counter {
    private final AtomicLong value = new AtomicLong();

    public long increment() {
        return value.incrementAndGet();
    }
}
