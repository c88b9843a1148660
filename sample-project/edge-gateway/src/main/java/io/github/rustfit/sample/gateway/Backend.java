package io.github.rustfit.sample.gateway;

import io.github.rustfit.sample.wire.Message;
import java.util.concurrent.CompletableFuture;

/** Somewhere requests can be forwarded to: an acquirer host or an in-process stand-in. */
public interface Backend extends AutoCloseable {

    String name();

    /** Forwards a request; the future completes with the backend's reply or fails. */
    CompletableFuture<Message> send(Message request);

    @Override
    void close();
}
