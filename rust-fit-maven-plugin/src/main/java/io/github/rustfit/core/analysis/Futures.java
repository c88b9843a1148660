package io.github.rustfit.core.analysis;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for the work of the analysis's threads. */
final class Futures {

    private Futures() {}

    /** The value of {@code future}; what it threw is thrown here, unwrapped. */
    static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the analysis was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
