package it.warm;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

public final class Pool<T> {
    private final ConcurrentLinkedQueue<T> free = new ConcurrentLinkedQueue<>();
    private final AtomicInteger borrowed = new AtomicInteger();

    public T borrow() {
        borrowed.incrementAndGet();
        return free.poll();
    }

    public void release(T item) {
        borrowed.decrementAndGet();
        free.offer(item);
    }
}
