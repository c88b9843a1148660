package io.github.rustfit.sample.gateway;

import io.github.rustfit.sample.cache.ExpiryCleaner;
import io.github.rustfit.sample.wire.DecodingException;
import io.github.rustfit.sample.wire.ErrorMessage;
import io.github.rustfit.sample.wire.Message;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gateway server: a single selector thread owning every socket, a worker pool handling
 * requests, and a housekeeping thread reaping idle connections and logging status.
 *
 * <p>Other threads never touch a socket or a selection key directly. They post tasks to
 * {@link #loopTasks} or ask for a flush through {@link #flushRequests}, then wake the selector.
 */
public final class EdgeGateway implements RequestHandler.ReplySink {

    private static final System.Logger LOG = System.getLogger(EdgeGateway.class.getName());
    private static final long SELECT_TIMEOUT_MILLIS = 250;

    private final GatewayConfig config;
    private final Router router;
    private final GatewayMetrics metrics = new GatewayMetrics();
    private final ConnectionRegistry registry = new ConnectionRegistry();
    private final Semaphore inFlight;
    private final ExecutorService workers;
    private final ScheduledExecutorService housekeeping;
    private final RequestHandler requests;
    private final Queue<Runnable> loopTasks = new ConcurrentLinkedQueue<>();
    private final Set<Connection> flushRequests = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch terminated = new CountDownLatch(1);

    private volatile boolean running;
    private volatile boolean draining;
    private Selector selector;
    private ServerSocketChannel server;
    private Thread loopThread;

    public EdgeGateway(GatewayConfig config, List<Backend> backends, ExpiryCleaner cleaner) {
        this.config = config;
        this.router = new Router(
                backends, Duration.ofDays(7), cleaner, Duration.ofSeconds(10), Duration.ofSeconds(30), System::nanoTime);
        this.inFlight = new Semaphore(config.maxInFlight());
        this.workers = Executors.newFixedThreadPool(config.workerThreads(), namedThreads("gateway-worker", false));
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(namedThreads("gateway-housekeeping", true));
        this.requests = new RequestHandler(router, workers, inFlight, metrics, this);
    }

    /** Binds the listening socket and starts the selector thread. */
    public void start() throws IOException {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("already started");
        }
        selector = Selector.open();
        server = ServerSocketChannel.open();
        server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        server.bind(config.bindAddress(), 1024);
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        running = true;

        loopThread = new Thread(this::runLoop, "gateway-selector");
        loopThread.start();

        long reapEvery = Math.max(1_000, config.idleTimeout().toMillis() / 4);
        housekeeping.scheduleWithFixedDelay(this::reapIdleConnections, reapEvery, reapEvery, TimeUnit.MILLISECONDS);
        housekeeping.scheduleAtFixedRate(this::logStatus, 60, 60, TimeUnit.SECONDS);
        LOG.log(System.Logger.Level.INFO, "gateway listening on " + localAddress());
    }

    public InetSocketAddress localAddress() {
        try {
            return (InetSocketAddress) server.getLocalAddress();
        } catch (IOException e) {
            throw new IllegalStateException("listening socket is closed", e);
        }
    }

    private void runLoop() {
        try {
            while (running) {
                selector.select(SELECT_TIMEOUT_MILLIS);
                runLoopTasks();
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        acceptAll();
                        continue;
                    }
                    Connection connection = (Connection) key.attachment();
                    try {
                        if (key.isReadable()) {
                            onReadable(connection);
                        }
                        if (key.isValid() && key.isWritable()) {
                            flush(connection);
                        }
                    } catch (IOException e) {
                        LOG.log(System.Logger.Level.DEBUG, connection + " failed: " + e.getMessage());
                        close(connection);
                    }
                }
            }
        } catch (IOException | ClosedSelectorException e) {
            LOG.log(System.Logger.Level.ERROR, "selector loop died", e);
        } finally {
            for (Connection connection : registry.all()) {
                close(connection);
            }
            closeQuietly();
        }
    }

    private void acceptAll() {
        while (true) {
            SocketChannel channel;
            try {
                channel = server.accept();
            } catch (IOException e) {
                // typically EMFILE: leave the rest in the backlog and try again on the next select
                LOG.log(System.Logger.Level.WARNING, "accept failed: " + e.getMessage());
                return;
            }
            if (channel == null) {
                return;
            }
            if (draining || registry.size() >= config.maxConnections()) {
                metrics.connectionsRejected.increment();
                closeChannel(channel);
                continue;
            }
            try {
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                long now = System.nanoTime();
                RateLimiter limiter = new RateLimiter(config.requestsPerSecond(), config.burst(), System::nanoTime);
                Connection connection =
                        new Connection(registry.newId(), channel, config.maxFrameBytes(), limiter, now);
                connection.attach(channel.register(selector, SelectionKey.OP_READ));
                registry.add(connection);
                metrics.connectionsAccepted.increment();
            } catch (IOException e) {
                closeChannel(channel);
            }
        }
    }

    private void onReadable(Connection connection) throws IOException {
        long now = System.nanoTime();
        try {
            int read = connection.readFrames(frame -> {
                metrics.framesIn.increment();
                requests.admit(connection, frame, draining);
            }, now);
            if (read < 0) {
                close(connection);
                return;
            }
            metrics.bytesIn.add(read);
        } catch (DecodingException e) {
            // the stream is no longer aligned on frames: say why, then hang up
            metrics.decodeErrors.increment();
            LOG.log(System.Logger.Level.DEBUG, connection + " sent a malformed frame: " + e.getMessage());
            reply(connection, Messages.error(0, ErrorMessage.MALFORMED_FRAME, e.reason().name()));
            connection.closeAfterFlush();
        }
        flush(connection);
    }

    private void flush(Connection connection) throws IOException {
        if (connection.isClosed()) {
            return;
        }
        long written = connection.flush(System.nanoTime());
        metrics.bytesOut.add(written);
        if (connection.shouldCloseNow()) {
            close(connection);
            return;
        }
        boolean wasPaused = connection.isReadPaused();
        connection.updateInterest(config.writeHighWaterBytes());
        if (!wasPaused && connection.isReadPaused()) {
            metrics.readPauses.increment();
        }
    }

    /** Any thread: queue a reply and have the selector thread write it. */
    @Override
    public void reply(Connection connection, Message message) {
        if (connection.isClosed()) {
            return;
        }
        connection.enqueue(message);
        metrics.framesOut.increment();
        if (Thread.currentThread() != loopThread) {
            flushRequests.add(connection);
            selector.wakeup();
        }
    }

    private void runLoopTasks() {
        Runnable task;
        while ((task = loopTasks.poll()) != null) {
            task.run();
        }
        if (!flushRequests.isEmpty()) {
            for (Iterator<Connection> it = flushRequests.iterator(); it.hasNext(); ) {
                Connection connection = it.next();
                it.remove();
                try {
                    flush(connection);
                } catch (IOException e) {
                    close(connection);
                }
            }
        }
    }

    private void submitToLoop(Runnable task) {
        loopTasks.add(task);
        selector.wakeup();
    }

    private void reapIdleConnections() {
        long idleNanos = config.idleTimeout().toNanos();
        for (Connection connection : registry.idleSince(System.nanoTime(), idleNanos)) {
            submitToLoop(() -> {
                if (!connection.isClosed()) {
                    metrics.connectionsReaped.increment();
                    close(connection);
                }
            });
        }
    }

    private void logStatus() {
        int busy = config.maxInFlight() - inFlight.availablePermits();
        LOG.log(System.Logger.Level.INFO, metrics.summary(registry.size(), busy));
    }

    private void close(Connection connection) {
        connection.close();
        registry.remove(connection);
        flushRequests.remove(connection);
    }

    /**
     * Stops taking new connections and requests, waits up to the drain timeout for requests in
     * flight to be answered and their replies written, then closes everything. Safe to call
     * from a shutdown hook and more than once.
     */
    public void drainAndStop() {
        if (!stopping.compareAndSet(false, true)) {
            awaitQuietly();
            return;
        }
        long deadline = System.nanoTime() + config.drainTimeout().toNanos();
        draining = true;
        LOG.log(System.Logger.Level.INFO, "draining " + registry.size() + " connections");
        submitToLoop(() -> {
            try {
                server.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing listener", e);
            }
        });
        try {
            boolean idle = inFlight.tryAcquire(
                    config.maxInFlight(), remainingNanos(deadline), TimeUnit.NANOSECONDS);
            if (idle) {
                inFlight.release(config.maxInFlight());
            } else {
                LOG.log(System.Logger.Level.WARNING, "drain timed out with requests still in flight");
            }
            while (System.nanoTime() < deadline && !allConnectionsIdle()) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
        selector.wakeup();
        try {
            loopThread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
        housekeeping.shutdownNow();
        router.closeBackends();
        logStatus();
        terminated.countDown();
    }

    private boolean allConnectionsIdle() {
        for (Connection connection : registry.all()) {
            if (!connection.isIdleForDrain()) {
                return false;
            }
        }
        return true;
    }

    public void awaitTermination() throws InterruptedException {
        terminated.await();
    }

    private void awaitQuietly() {
        try {
            terminated.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeQuietly() {
        try {
            server.close();
            selector.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing selector", e);
        }
    }

    private static void closeChannel(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already failing; nothing to add
        }
    }

    private static long remainingNanos(long deadline) {
        return Math.max(0L, deadline - System.nanoTime());
    }

    private static ThreadFactory namedThreads(String prefix, boolean daemon) {
        AtomicInteger ids = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + ids.incrementAndGet());
            thread.setDaemon(daemon);
            return thread;
        };
    }
}
