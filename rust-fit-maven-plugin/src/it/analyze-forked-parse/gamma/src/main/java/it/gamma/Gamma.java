package it.gamma;

import java.util.concurrent.locks.ReentrantLock;

public final class Gamma {
    private final ReentrantLock lock = new ReentrantLock();
    private long total;

    public void add(long amount) {
        lock.lock();
        try {
            total += amount;
        } finally {
            lock.unlock();
        }
    }
}
