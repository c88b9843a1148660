package it.load;

/** Puts the cache under load; tests only, no main sources. */
public class LoadCheckTest {
    void underLoad() {
        java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
        lock.lock();
        lock.unlock();
    }
}
