package io.github.rustfit.sample.demo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * Opens a number of connections and has each send messages back to back, waiting for every
 * echo before sending the next. Stops after a fixed number of messages per connection or when
 * the time limit passes, whichever comes first.
 */
final class LoadGenerator {

    record Result(long messages, long bytes, long errors, Duration elapsed, LatencyHistogram latencies) {

        double messagesPerSecond() {
            return messages / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }

        double megabytesPerSecond() {
            return bytes / 1_048_576.0 / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }
    }

    private final InetSocketAddress target;
    private final int connections;
    private final int messagesPerConnection;
    private final int payloadBytes;
    private final Duration timeLimit;

    LoadGenerator(
            InetSocketAddress target, int connections, int messagesPerConnection, int payloadBytes, Duration timeLimit) {
        this.target = target;
        this.connections = connections;
        this.messagesPerConnection = messagesPerConnection;
        this.payloadBytes = payloadBytes;
        this.timeLimit = timeLimit;
    }

    Result run() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        CountDownLatch ready = new CountDownLatch(connections);
        CountDownLatch go = new CountDownLatch(1);
        LongAdder messages = new LongAdder();
        LongAdder bytes = new LongAdder();
        LongAdder errors = new LongAdder();
        LatencyHistogram latencies = new LatencyHistogram();
        List<Future<?>> clients = new ArrayList<>();

        long start;
        try {
            for (int c = 0; c < connections; c++) {
                clients.add(pool.submit(() -> {
                    boolean connected = false;
                    try (SocketChannel channel = SocketChannel.open(target)) {
                        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                        connected = true;
                        ready.countDown();
                        go.await();
                        drive(channel, messages, bytes, latencies);
                    } catch (IOException e) {
                        errors.increment();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        if (!connected) {
                            // a client that could not connect must not hold the others back
                            ready.countDown();
                        }
                    }
                    return null;
                }));
            }
            ready.await();
            start = System.nanoTime();
            go.countDown();
            for (Future<?> client : clients) {
                try {
                    client.get();
                } catch (ExecutionException e) {
                    errors.increment();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Result(messages.sum(), bytes.sum(), errors.sum(), elapsed, latencies);
    }

    private void drive(SocketChannel channel, LongAdder messages, LongAdder bytes, LatencyHistogram latencies)
            throws IOException {
        ByteBuffer request = ByteBuffer.allocateDirect(4 + payloadBytes);
        ByteBuffer response = ByteBuffer.allocateDirect(4 + payloadBytes);
        byte[] payload = new byte[payloadBytes];
        ThreadLocalRandom.current().nextBytes(payload);
        long deadline = System.nanoTime() + timeLimit.toNanos();

        for (int i = 0; i < messagesPerConnection && System.nanoTime() < deadline; i++) {
            request.clear();
            request.putInt(payloadBytes).put(payload).flip();
            long sent = System.nanoTime();
            while (request.hasRemaining()) {
                channel.write(request);
            }
            response.clear();
            while (response.hasRemaining()) {
                if (channel.read(response) < 0) {
                    throw new IOException("server closed the connection");
                }
            }
            latencies.record(System.nanoTime() - sent);
            response.flip();
            if (response.getInt() != payloadBytes) {
                throw new IOException("echo has the wrong length");
            }
            messages.increment();
            bytes.add(2L * (4 + payloadBytes));
        }
    }
}
