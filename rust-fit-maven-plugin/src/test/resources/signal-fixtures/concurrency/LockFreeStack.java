package fixtures.concurrency;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** A Treiber stack and a spin gate: lock-free algorithms written by hand. */
final class LockFreeStack<T> {

    private final AtomicReference<Node<T>> head = new AtomicReference<>(); // expect: concurrency.atomics
    private final AtomicLong pushes = new AtomicLong(); // expect: concurrency.atomics
    private volatile int state; // expect: concurrency.atomics

    void push(T value) {
        Node<T> node = new Node<>(value);
        for (;;) { // expect: concurrency.lock-free-loops
            Node<T> current = head.get();
            node.next = current;
            if (head.compareAndSet(current, node)) { // expect: concurrency.atomics
                return;
            }
        }
    }

    T pop() {
        Node<T> current;
        do { // expect: concurrency.lock-free-loops
            current = head.get();
            if (current == null) {
                return null;
            }
        } while (!head.weakCompareAndSetVolatile(current, current.next)); // expect: concurrency.atomics
        return current.value;
    }

    void awaitOpen() {
        while (state == 0) { // expect: concurrency.lock-free-loops
            Thread.onSpinWait(); // expect: concurrency.coordination
        }
    }

    boolean claim() {
        while (true) { // expect: concurrency.lock-free-loops
            int seen = state;
            if (seen != 0) {
                return false;
            }
            if (casState(seen, 1)) {
                while (state == 1) {
                    Thread.onSpinWait(); // expect: concurrency.coordination
                }
                return true;
            }
        }
    }

    private boolean casState(int expected, int next) {
        return expected == next;
    }

    // near-misses: a lock-free library's own loops, and one compare-and-set tried once
    long count() {
        pushes.incrementAndGet();
        return pushes.updateAndGet(n -> n + 1);
    }

    boolean tryOnce(Node<T> node) {
        return head.compareAndSet(null, node); // expect: concurrency.atomics
    }

    void drain(java.util.List<T> into) {
        for (Node<T> n = head.get(); n != null; n = n.next) {
            into.add(n.value);
        }
    }

    static final class Node<T> {
        final T value;
        Node<T> next; // expect: graph.self-references

        Node(T value) {
            this.value = value;
        }
    }
}
