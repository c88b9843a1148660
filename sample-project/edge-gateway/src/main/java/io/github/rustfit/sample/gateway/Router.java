package io.github.rustfit.sample.gateway;

import io.github.rustfit.sample.cache.Cache;
import io.github.rustfit.sample.cache.CacheBuilder;
import io.github.rustfit.sample.cache.ExpiryCleaner;
import io.github.rustfit.sample.wire.AuthorizationRequest;
import io.github.rustfit.sample.wire.AuthorizationResponse;
import io.github.rustfit.sample.wire.CaptureRequest;
import io.github.rustfit.sample.wire.Message;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Chooses the backend for each request.
 *
 * <p>Authorisations from one terminal stick to one backend (by hash of the terminal id) so the
 * acquirer sees a coherent stream per terminal. A capture must reach the backend that issued
 * its authorisation code; that mapping is kept in a bounded cache that expires with the
 * authorisation window. A backend that fails several requests in a row is skipped for a while.
 */
final class Router {

    static final class NoBackendException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoBackendException(String message) {
            super(message);
        }
    }

    private static final int FAILURES_BEFORE_EJECTION = 5;

    private final List<Route> routes;
    private final Cache<String, Route> issuers;
    private final Duration requestTimeout;
    private final LongSupplier clock;
    private final long ejectionNanos;

    /** A backend and its recent health, shared between worker threads. */
    private static final class Route {
        final Backend backend;
        final AtomicInteger consecutiveFailures = new AtomicInteger();
        final AtomicLong ejectedUntil = new AtomicLong(Long.MIN_VALUE);

        Route(Backend backend) {
            this.backend = backend;
        }

        boolean isAvailable(long now) {
            long until = ejectedUntil.get();
            return until == Long.MIN_VALUE || now - until >= 0;
        }
    }

    Router(
            List<Backend> backends,
            Duration authorizationWindow,
            ExpiryCleaner cleaner,
            Duration requestTimeout,
            Duration ejection,
            LongSupplier clock) {
        if (backends.isEmpty()) {
            throw new IllegalArgumentException("at least one backend is required");
        }
        this.routes = backends.stream().map(Route::new).toList();
        this.issuers = CacheBuilder.<String, Route>newBuilder()
                .maximumSize(200_000)
                .expireAfterWrite(authorizationWindow)
                .cleanedBy(cleaner)
                .build();
        this.requestTimeout = requestTimeout;
        this.ejectionNanos = ejection.toNanos();
        this.clock = clock;
    }

    CompletableFuture<Message> route(Message request) {
        try {
            return forward(request);
        } catch (NoBackendException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<Message> forward(Message request) {
        Route route;
        if (request instanceof AuthorizationRequest auth) {
            route = pick(auth.terminalId().hashCode());
        } else if (request instanceof CaptureRequest capture) {
            route = issuers.getIfPresent(capture.authorizationCode());
            if (route == null) {
                // issuer unknown (gateway restarted, or mapping expired): any backend can look it up
                route = pick(capture.authorizationCode().hashCode());
            }
        } else {
            return CompletableFuture.failedFuture(new IllegalArgumentException("not routable: " + request.type()));
        }
        Route chosen = route;
        return chosen.backend
                .send(request)
                .orTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((reply, failure) -> record(chosen, reply, failure));
    }

    private void record(Route route, Message reply, Throwable failure) {
        if (failure != null) {
            int failures = route.consecutiveFailures.incrementAndGet();
            if (failures >= FAILURES_BEFORE_EJECTION) {
                route.ejectedUntil.set(clock.getAsLong() + ejectionNanos);
                route.consecutiveFailures.set(0);
            }
            return;
        }
        route.consecutiveFailures.set(0);
        if (reply instanceof AuthorizationResponse response && response.approved()) {
            issuers.put(response.authorizationCode(), route);
        }
    }

    private Route pick(int hash) {
        long now = clock.getAsLong();
        int n = routes.size();
        int start = Math.floorMod(hash, n);
        for (int i = 0; i < n; i++) {
            Route candidate = routes.get((start + i) % n);
            if (candidate.isAvailable(now)) {
                return candidate;
            }
        }
        throw new NoBackendException("all " + n + " backends are ejected");
    }

    void closeBackends() {
        for (Route route : routes) {
            route.backend.close();
        }
    }
}
