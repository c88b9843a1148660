package io.github.rustfit.sample.gateway;

import io.github.rustfit.sample.wire.DecodingException;
import io.github.rustfit.sample.wire.FrameDecoder;
import io.github.rustfit.sample.wire.FrameEncoder;
import io.github.rustfit.sample.wire.Message;
import io.github.rustfit.sample.wire.MessageCodec;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One terminal's socket and the state around it.
 *
 * <p>Reading, decoding and flushing happen on the selector thread only. Workers add replies
 * through {@link #enqueue}, which is safe from any thread; the selector thread is then asked to
 * flush. Encoding is serialised on the encoder because it reuses a checksum instance.
 */
final class Connection {

    private final long id;
    private final SocketChannel channel;
    private final SocketAddress remote;
    private final FrameDecoder decoder;
    private final FrameEncoder encoder;
    private final ByteBuffer readBuffer;
    private final RateLimiter rateLimiter;
    private final Queue<ByteBuffer> outbound = new ConcurrentLinkedQueue<>();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();

    private volatile long lastActivityNanos;
    private volatile boolean closeAfterFlush;
    private SelectionKey key;
    private boolean readPaused;

    Connection(long id, SocketChannel channel, int maxFrameBytes, RateLimiter rateLimiter, long now)
            throws IOException {
        this.id = id;
        this.channel = channel;
        this.remote = channel.getRemoteAddress();
        this.decoder = new FrameDecoder(maxFrameBytes);
        this.encoder = new FrameEncoder(maxFrameBytes);
        this.readBuffer = ByteBuffer.allocateDirect(16 * 1024);
        this.rateLimiter = rateLimiter;
        this.lastActivityNanos = now;
    }

    long id() {
        return id;
    }

    SocketAddress remote() {
        return remote;
    }

    void attach(SelectionKey key) {
        this.key = key;
        key.attach(this);
    }

    RateLimiter rateLimiter() {
        return rateLimiter;
    }

    long lastActivityNanos() {
        return lastActivityNanos;
    }

    boolean isClosed() {
        return closed.get();
    }

    /**
     * Reads what the socket has and feeds it to the decoder.
     *
     * @return bytes read, or -1 when the peer closed its side
     */
    int readFrames(FrameDecoder.FrameHandler handler, long now) throws IOException, DecodingException {
        int total = 0;
        while (true) {
            int n = channel.read(readBuffer);
            if (n < 0) {
                return total == 0 ? -1 : total;
            }
            if (n == 0) {
                break;
            }
            total += n;
            readBuffer.flip();
            decoder.decode(readBuffer, handler);
            readBuffer.clear();
        }
        if (total > 0) {
            lastActivityNanos = now;
        }
        return total;
    }

    /** Encodes and queues a reply; may be called from any thread. */
    int enqueue(Message message) {
        ByteBuffer wire;
        synchronized (encoder) {
            wire = encoder.encode(MessageCodec.toFrame(message));
        }
        int size = wire.remaining();
        outbound.add(wire);
        queuedBytes.addAndGet(size);
        return size;
    }

    /** Writes queued replies until the socket would block. Selector thread only. */
    long flush(long now) throws IOException {
        long written = 0;
        ByteBuffer head;
        while ((head = outbound.peek()) != null) {
            int n = channel.write(head);
            written += n;
            if (head.hasRemaining()) {
                break;
            }
            outbound.poll();
        }
        if (written > 0) {
            queuedBytes.addAndGet(-written);
            lastActivityNanos = now;
        }
        return written;
    }

    boolean hasPendingWrites() {
        return !outbound.isEmpty();
    }

    long queuedBytes() {
        return queuedBytes.get();
    }

    /** Sets the selector interest to match the connection's state. Selector thread only. */
    void updateInterest(int highWaterBytes) {
        if (key == null || !key.isValid()) {
            return;
        }
        int ops = 0;
        long queued = queuedBytes.get();
        // stop reading from a peer that does not read our replies; resume below half the mark
        if (readPaused) {
            readPaused = queued > highWaterBytes / 2;
        } else {
            readPaused = queued > highWaterBytes;
        }
        if (!readPaused && !closeAfterFlush) {
            ops |= SelectionKey.OP_READ;
        }
        if (hasPendingWrites()) {
            ops |= SelectionKey.OP_WRITE;
        }
        key.interestOps(ops);
    }

    boolean isReadPaused() {
        return readPaused;
    }

    void closeAfterFlush() {
        closeAfterFlush = true;
    }

    boolean shouldCloseNow() {
        return closeAfterFlush && !hasPendingWrites();
    }

    boolean isIdleForDrain() {
        return decoder.isIdle() && !hasPendingWrites();
    }

    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (key != null) {
            key.cancel();
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing useful to do: the socket is gone either way
        }
        outbound.clear();
    }

    @Override
    public String toString() {
        return "Connection#" + id + "[" + remote + "]";
    }
}
