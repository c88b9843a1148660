package fixtures.concurrency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Shared collections, each counted once however it is declared and created. */
final class Registry {

    private final Map<String, Object> sessions = new ConcurrentHashMap<>(); // expect: concurrency.concurrent-collections
    private final BlockingQueue<String> events; // expect: concurrency.concurrent-collections
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>(); // expect: concurrency.concurrent-collections, graph.observer-lists
    private final Set<String> seen = ConcurrentHashMap.newKeySet(); // expect: concurrency.concurrent-collections
    private final List<String> log = Collections.synchronizedList(new ArrayList<>()); // expect: concurrency.concurrent-collections
    private final Map<String, String> plain = new HashMap<>();

    Registry(int capacity) {
        events = new ArrayBlockingQueue<>(capacity);
    }

    Queue<String> snapshot() {
        return new ConcurrentLinkedQueue<>(log); // expect: concurrency.concurrent-collections
    }

    // a parameter mentions a concurrent type; it holds no collection of its own
    void copyInto(ConcurrentMap<String, String> target) {
        target.putAll(plain);
    }
}
