package io.github.rustfit.sample.gateway;

import io.github.rustfit.sample.wire.DecodingException;
import io.github.rustfit.sample.wire.Frame;
import io.github.rustfit.sample.wire.FrameDecoder;
import io.github.rustfit.sample.wire.FrameEncoder;
import io.github.rustfit.sample.wire.Message;
import io.github.rustfit.sample.wire.MessageCodec;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An acquirer host reached over one multiplexed PayWire connection. Requests from all terminals
 * share the socket: each is renumbered with a backend-local sequence, and a dedicated reader
 * thread matches replies to the waiting futures by that number.
 */
public final class RemoteBackend implements Backend {

    private static final System.Logger LOG = System.getLogger(RemoteBackend.class.getName());

    private record Pending(long originalSequence, CompletableFuture<Message> reply) {}

    private final String name;
    private final SocketChannel channel;
    private final FrameEncoder encoder;
    private final FrameDecoder decoder;
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(32 * 1024);
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ConcurrentHashMap<Long, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong sequences = new AtomicLong(1);
    private final Thread reader;
    private volatile boolean open = true;

    private RemoteBackend(String name, SocketChannel channel, int maxFrameBytes) {
        this.name = name;
        this.channel = channel;
        this.encoder = new FrameEncoder(maxFrameBytes);
        this.decoder = new FrameDecoder(maxFrameBytes);
        this.reader = new Thread(this::readLoop, "backend-reader-" + name);
        this.reader.setDaemon(true);
    }

    public static RemoteBackend connect(String name, InetSocketAddress address, int maxFrameBytes, Duration timeout)
            throws IOException {
        SocketChannel channel = SocketChannel.open();
        try {
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
            channel.socket().connect(address, (int) timeout.toMillis());
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        RemoteBackend backend = new RemoteBackend(name, channel, maxFrameBytes);
        backend.reader.start();
        return backend;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CompletableFuture<Message> send(Message request) {
        CompletableFuture<Message> reply = new CompletableFuture<>();
        if (!open) {
            reply.completeExceptionally(new IOException("backend " + name + " is closed"));
            return reply;
        }
        long sequence = sequences.getAndIncrement();
        pending.put(sequence, new Pending(request.sequence(), reply));
        // whatever completes the future (reply, timeout, failure), forget the request
        reply.whenComplete((message, failure) -> pending.remove(sequence));

        writeLock.lock();
        try {
            ByteBuffer wire = encoder.encode(MessageCodec.toFrame(Messages.withSequence(request, sequence)));
            while (wire.hasRemaining()) {
                channel.write(wire);
            }
        } catch (IOException e) {
            reply.completeExceptionally(e);
        } finally {
            writeLock.unlock();
        }
        return reply;
    }

    private void readLoop() {
        try {
            while (open) {
                if (channel.read(readBuffer) < 0) {
                    throw new EOFException("backend " + name + " closed the connection");
                }
                readBuffer.flip();
                decoder.decode(readBuffer, this::onFrame);
                readBuffer.clear();
            }
        } catch (IOException | DecodingException e) {
            if (open) {
                LOG.log(System.Logger.Level.ERROR, "connection to backend " + name + " failed", e);
            }
            failAll(e);
            open = false;
        }
    }

    private void onFrame(Frame frame) {
        Message message;
        try {
            message = MessageCodec.fromFrame(frame);
        } catch (DecodingException e) {
            LOG.log(System.Logger.Level.WARNING, "dropping undecodable reply from " + name + ": " + e.getMessage());
            return;
        }
        Pending request = pending.remove(message.sequence());
        if (request == null) {
            // the request already timed out; the late reply has nobody to go to
            LOG.log(System.Logger.Level.DEBUG, "late reply " + message.sequence() + " from " + name);
            return;
        }
        request.reply().complete(Messages.withSequence(message, request.originalSequence()));
    }

    private void failAll(Throwable cause) {
        for (Long sequence : pending.keySet()) {
            Pending request = pending.remove(sequence);
            if (request != null) {
                request.reply().completeExceptionally(cause);
            }
        }
    }

    int pendingRequests() {
        return pending.size();
    }

    @Override
    public void close() {
        open = false;
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing " + name, e);
        }
        failAll(new IOException("backend " + name + " closed"));
        try {
            reader.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
