package io.github.rustfit.sample.gateway;

import io.github.rustfit.sample.wire.DecodingException;
import io.github.rustfit.sample.wire.ErrorMessage;
import io.github.rustfit.sample.wire.Frame;
import io.github.rustfit.sample.wire.Heartbeat;
import io.github.rustfit.sample.wire.Message;
import io.github.rustfit.sample.wire.MessageCodec;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;

/**
 * Admits decoded frames on the selector thread and handles them on the worker pool.
 *
 * <p>Admission is cheap and never blocks: a frame over the connection's rate, or beyond the
 * global in-flight limit, is answered with an error at once instead of being queued, so a burst
 * from some terminals cannot grow memory or latency for all of them. Each admitted request holds
 * one permit of the in-flight semaphore until its reply has been queued.
 */
final class RequestHandler {

    /** Where replies go; implemented by the gateway, which queues them and wakes the selector. */
    interface ReplySink {
        void reply(Connection connection, Message message);
    }

    private static final System.Logger LOG = System.getLogger(RequestHandler.class.getName());

    private final Router router;
    private final ExecutorService workers;
    private final Semaphore inFlight;
    private final GatewayMetrics metrics;
    private final ReplySink sink;

    RequestHandler(Router router, ExecutorService workers, Semaphore inFlight, GatewayMetrics metrics, ReplySink sink) {
        this.router = router;
        this.workers = workers;
        this.inFlight = inFlight;
        this.metrics = metrics;
        this.sink = sink;
    }

    /** Selector thread: decide whether to take the frame on. */
    void admit(Connection connection, Frame frame, boolean draining) {
        if (draining) {
            sink.reply(connection, Messages.error(0, ErrorMessage.OVERLOADED, "gateway is shutting down"));
            return;
        }
        if (!connection.rateLimiter().tryAcquire()) {
            metrics.rateLimited.increment();
            long retryMillis = connection.rateLimiter().nanosUntilNextPermit() / 1_000_000;
            sink.reply(connection, Messages.error(0, ErrorMessage.RATE_LIMITED, "retry in " + retryMillis + " ms"));
            return;
        }
        if (!inFlight.tryAcquire()) {
            metrics.overloaded.increment();
            sink.reply(connection, Messages.error(0, ErrorMessage.OVERLOADED, "too many requests in flight"));
            return;
        }
        try {
            workers.execute(() -> handle(connection, frame));
        } catch (RejectedExecutionException e) {
            inFlight.release();
            metrics.overloaded.increment();
            sink.reply(connection, Messages.error(0, ErrorMessage.OVERLOADED, "workers unavailable"));
        }
    }

    /** Worker thread. Releases the permit taken in {@link #admit} exactly once. */
    private void handle(Connection connection, Frame frame) {
        boolean handedOff = false;
        try {
            Message request;
            try {
                request = MessageCodec.fromFrame(frame);
            } catch (DecodingException e) {
                metrics.decodeErrors.increment();
                sink.reply(connection, Messages.error(0, ErrorMessage.MALFORMED_FRAME, e.reason().name()));
                return;
            }
            if (request instanceof Heartbeat heartbeat) {
                sink.reply(connection, new Heartbeat(heartbeat.sequence(), System.currentTimeMillis()));
                return;
            }
            if (!request.type().isRequest()) {
                sink.reply(
                        connection,
                        Messages.error(request.sequence(), ErrorMessage.MALFORMED_FRAME, "not a request: " + request.type()));
                return;
            }
            long sequence = request.sequence();
            router.route(request).whenComplete((reply, failure) -> {
                try {
                    if (failure == null) {
                        sink.reply(connection, reply);
                    } else {
                        metrics.backendFailures.increment();
                        sink.reply(connection, errorFor(sequence, failure));
                    }
                } finally {
                    inFlight.release();
                }
            });
            handedOff = true;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "request on " + connection + " failed", e);
            sink.reply(connection, Messages.error(0, ErrorMessage.INTERNAL, "internal error"));
        } finally {
            if (!handedOff) {
                inFlight.release();
            }
        }
    }

    private static ErrorMessage errorFor(long sequence, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof Router.NoBackendException) {
            return Messages.error(sequence, ErrorMessage.NO_BACKEND, "no backend available");
        }
        if (cause instanceof TimeoutException) {
            return Messages.error(sequence, ErrorMessage.NO_BACKEND, "backend timed out");
        }
        return Messages.error(sequence, ErrorMessage.INTERNAL, "backend failed");
    }
}
