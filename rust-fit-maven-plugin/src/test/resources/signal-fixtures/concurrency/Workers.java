package fixtures.concurrency;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;

/** Thread pools and hand-made threads start work; future chains only sequence it. */
final class Workers {

    private final ExecutorService pool = Executors.newFixedThreadPool(4); // expect: concurrency.executors
    private final ScheduledExecutorService timer; // expect: concurrency.executors
    private final Executor virtualThreads = Executors.newVirtualThreadPerTaskExecutor(); // expect: concurrency.executors

    Workers() {
        timer = Executors.newSingleThreadScheduledExecutor();
    }

    void start(Runnable task) {
        Thread thread = new Thread(task, "worker"); // expect: concurrency.executors
        thread.start();
        Thread.ofVirtual().name("v").start(task); // expect: concurrency.executors
        Thread.startVirtualThread(task); // expect: concurrency.executors
        ForkJoinPool.commonPool().execute(task); // expect: concurrency.executors
    }

    CompletableFuture<String> fetch(String key) {
        return CompletableFuture.supplyAsync(() -> key, pool) // expect: concurrency.future-chains
                .thenApply(String::trim)
                .thenCompose(this::store);
    }

    CompletableFuture<String> store(String value) {
        return CompletableFuture.completedFuture(value).thenApplyAsync(String::strip); // expect: concurrency.future-chains
    }

    // near-misses: a completed future, and waiting for one, chain nothing
    String await(CompletableFuture<String> reply) {
        CompletableFuture<String> done = CompletableFuture.completedFuture("x");
        return reply.join() + done.getNow("y");
    }

    // near-misses: sleeping and asking for the current thread start nothing
    void pause() throws InterruptedException {
        Thread.sleep(100);
        Thread current = Thread.currentThread();
        current.setName("paused");
    }

    static final class Poller extends Thread { // expect: concurrency.executors
        @Override
        public void run() {}
    }
}
