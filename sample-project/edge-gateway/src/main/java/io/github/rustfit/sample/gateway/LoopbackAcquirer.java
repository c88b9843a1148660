package io.github.rustfit.sample.gateway;

import io.github.rustfit.sample.wire.AuthorizationRequest;
import io.github.rustfit.sample.wire.AuthorizationResponse;
import io.github.rustfit.sample.wire.CaptureRequest;
import io.github.rustfit.sample.wire.ErrorMessage;
import io.github.rustfit.sample.wire.Message;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-process stand-in for an acquirer, used when the gateway runs without configured
 * backends (local development, staging smoke tests). It approves amounts up to a limit after a
 * fixed delay and declines the rest with "51" (insufficient funds).
 */
public final class LoopbackAcquirer implements Backend {

    private final long approvalLimitMinor;
    private final long latencyMicros;
    private final AtomicLong authorizationCodes = new AtomicLong(100_000);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "loopback-acquirer");
        thread.setDaemon(true);
        return thread;
    });

    public LoopbackAcquirer(long approvalLimitMinor, Duration latency) {
        this.approvalLimitMinor = approvalLimitMinor;
        this.latencyMicros = latency.toNanos() / 1_000;
    }

    @Override
    public String name() {
        return "loopback";
    }

    @Override
    public CompletableFuture<Message> send(Message request) {
        CompletableFuture<Message> reply = new CompletableFuture<>();
        scheduler.schedule(() -> reply.complete(answer(request)), latencyMicros, TimeUnit.MICROSECONDS);
        return reply;
    }

    private Message answer(Message request) {
        if (request instanceof AuthorizationRequest auth) {
            if (auth.amountMinor() > approvalLimitMinor) {
                return AuthorizationResponse.declined(auth.sequence(), "51");
            }
            String code = Long.toString(authorizationCodes.incrementAndGet() % 1_000_000);
            return AuthorizationResponse.approved(auth.sequence(), code);
        }
        if (request instanceof CaptureRequest capture) {
            return AuthorizationResponse.approved(capture.sequence(), capture.authorizationCode());
        }
        return new ErrorMessage(request.sequence(), ErrorMessage.INTERNAL, "unsupported " + request.type());
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
