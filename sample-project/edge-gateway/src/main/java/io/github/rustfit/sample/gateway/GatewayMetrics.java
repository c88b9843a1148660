package io.github.rustfit.sample.gateway;

import java.util.concurrent.atomic.LongAdder;

/** Counters updated from the selector and worker threads; read by the periodic status log. */
final class GatewayMetrics {

    final LongAdder connectionsAccepted = new LongAdder();
    final LongAdder connectionsRejected = new LongAdder();
    final LongAdder connectionsReaped = new LongAdder();
    final LongAdder framesIn = new LongAdder();
    final LongAdder framesOut = new LongAdder();
    final LongAdder bytesIn = new LongAdder();
    final LongAdder bytesOut = new LongAdder();
    final LongAdder decodeErrors = new LongAdder();
    final LongAdder rateLimited = new LongAdder();
    final LongAdder overloaded = new LongAdder();
    final LongAdder backendFailures = new LongAdder();
    final LongAdder readPauses = new LongAdder();

    String summary(int openConnections, int inFlight) {
        return String.format(
                "connections=%d (accepted %d, rejected %d, reaped %d) inFlight=%d frames in/out=%d/%d"
                        + " bytes in/out=%d/%d decodeErrors=%d rateLimited=%d overloaded=%d backendFailures=%d"
                        + " readPauses=%d",
                openConnections,
                connectionsAccepted.sum(),
                connectionsRejected.sum(),
                connectionsReaped.sum(),
                inFlight,
                framesIn.sum(),
                framesOut.sum(),
                bytesIn.sum(),
                bytesOut.sum(),
                decodeErrors.sum(),
                rateLimited.sum(),
                overloaded.sum(),
                backendFailures.sum(),
                readPauses.sum());
    }
}
