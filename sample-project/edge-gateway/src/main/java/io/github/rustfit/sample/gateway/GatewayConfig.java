package io.github.rustfit.sample.gateway;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of a gateway instance.
 *
 * @param maxInFlight requests being handled at once across all connections
 * @param requestsPerSecond sustained request rate allowed per connection
 * @param burst requests a connection may send at once above the sustained rate
 * @param writeHighWaterBytes queued reply bytes above which a connection stops being read
 */
public record GatewayConfig(
        InetSocketAddress bindAddress,
        int maxConnections,
        int maxInFlight,
        int workerThreads,
        int maxFrameBytes,
        Duration idleTimeout,
        double requestsPerSecond,
        int burst,
        int writeHighWaterBytes,
        Duration drainTimeout) {

    public GatewayConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(drainTimeout, "drainTimeout");
        requirePositive(maxConnections, "maxConnections");
        requirePositive(maxInFlight, "maxInFlight");
        requirePositive(workerThreads, "workerThreads");
        requirePositive(maxFrameBytes, "maxFrameBytes");
        requirePositive(burst, "burst");
        requirePositive(writeHighWaterBytes, "writeHighWaterBytes");
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("requestsPerSecond must be positive");
        }
    }

    public static GatewayConfig defaults(int port) {
        return new GatewayConfig(
                new InetSocketAddress(port),
                10_000,
                2_048,
                Math.max(4, Runtime.getRuntime().availableProcessors() * 2),
                64 * 1024,
                Duration.ofSeconds(90),
                50.0,
                20,
                256 * 1024,
                Duration.ofSeconds(20));
    }

    /** Reads overrides from system properties named {@code gateway.<component>}. */
    public static GatewayConfig fromSystemProperties() {
        GatewayConfig d = defaults(Integer.getInteger("gateway.port", 7400));
        return new GatewayConfig(
                new InetSocketAddress(System.getProperty("gateway.host", "0.0.0.0"), d.bindAddress.getPort()),
                Integer.getInteger("gateway.maxConnections", d.maxConnections),
                Integer.getInteger("gateway.maxInFlight", d.maxInFlight),
                Integer.getInteger("gateway.workerThreads", d.workerThreads),
                Integer.getInteger("gateway.maxFrameBytes", d.maxFrameBytes),
                Duration.ofSeconds(Long.getLong("gateway.idleTimeoutSeconds", d.idleTimeout.toSeconds())),
                Double.parseDouble(System.getProperty("gateway.requestsPerSecond", String.valueOf(d.requestsPerSecond))),
                Integer.getInteger("gateway.burst", d.burst),
                Integer.getInteger("gateway.writeHighWaterBytes", d.writeHighWaterBytes),
                Duration.ofSeconds(Long.getLong("gateway.drainTimeoutSeconds", d.drainTimeout.toSeconds())));
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
