package fixtures.concurrency;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;

/** Threads waiting for and waking each other. */
final class Gate {

    private final CountDownLatch ready = new CountDownLatch(1); // expect: concurrency.coordination
    private final Semaphore permits = new Semaphore(8); // expect: concurrency.coordination
    private final Object monitor = new Object();
    private boolean open;

    void pass() throws InterruptedException {
        synchronized (monitor) { // expect: concurrency.locks
            while (!open) {
                monitor.wait(); // expect: concurrency.coordination
            }
        }
        permits.acquire();
    }

    void release() {
        synchronized (monitor) { // expect: concurrency.locks
            open = true;
            monitor.notifyAll(); // expect: concurrency.coordination
        }
        ready.countDown();
    }

    void wake(Thread waiter) {
        LockSupport.unpark(waiter); // expect: concurrency.coordination
        Thread.onSpinWait(); // expect: concurrency.coordination
    }

    void rendezvous() throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2); // expect: concurrency.coordination
        barrier.await();
    }

    // near-misses: sleeping alone, and an overload of notify that sends a message
    void nap() throws InterruptedException {
        Thread.sleep(10);
        notify("napping");
    }

    void notify(String message) {
        System.out.println(message);
    }
}
