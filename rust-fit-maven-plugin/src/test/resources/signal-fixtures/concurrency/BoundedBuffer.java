package fixtures.concurrency;

import java.nio.channels.FileChannel;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;

/** A bounded buffer guarded by one lock and two conditions, plus read-mostly state. */
final class BoundedBuffer<T> {

    private final Lock lock = new ReentrantLock(); // expect: concurrency.locks
    private final Condition notFull = lock.newCondition(); // expect: concurrency.locks
    private final Condition notEmpty; // expect: concurrency.locks
    private final ReentrantReadWriteLock statsLock; // expect: concurrency.locks
    private final StampedLock position = new StampedLock(); // expect: concurrency.locks
    private final Object[] items = new Object[16];
    private int head;
    private int count;
    private double x;

    BoundedBuffer() {
        notEmpty = lock.newCondition();
        statsLock = new ReentrantReadWriteLock();
    }

    void put(T item) throws InterruptedException {
        lock.lock(); // expect: concurrency.locks
        try {
            while (count == items.length) {
                notFull.await(); // expect: concurrency.locks
            }
            items[(head + count) % items.length] = item;
            count++;
            notEmpty.signal(); // expect: concurrency.locks
        } finally {
            lock.unlock();
        }
    }

    int statistics() {
        statsLock.readLock().lock(); // expect: concurrency.locks
        try {
            return count;
        } finally {
            statsLock.readLock().unlock();
        }
    }

    double optimisticX() {
        long stamp = position.tryOptimisticRead(); // expect: concurrency.locks
        double current = x;
        if (!position.validate(stamp)) {
            stamp = position.readLock(); // expect: concurrency.locks
            current = x;
            position.unlockRead(stamp);
        }
        return current;
    }

    // a synchronized getter and setter guard one field access, not a critical section
    synchronized int size() {
        return count;
    }

    synchronized void setHead(int head) {
        this.head = head;
    }

    synchronized void drainTo(List<T> sink) { // expect: concurrency.locks
        for (int i = 0; i < count; i++) {
            sink.add(take(i));
        }
        count = 0;
    }

    void compact() {
        synchronized (items) { // expect: concurrency.locks
            head = 0;
        }
    }

    // near-misses: a file lock and a domain method that happen to be called lock()
    void lockFile(FileChannel channel, Account account) throws Exception {
        channel.lock();
        account.lock();
    }

    @SuppressWarnings("unchecked")
    private T take(int index) {
        return (T) items[(head + index) % items.length];
    }

    interface Account {
        void lock();
    }
}
