package io.github.rustfit.sample.demo;

import java.time.Duration;

/**
 * Starts the echo server on loopback, hammers it with the load generator and prints what came
 * out. Try different connection counts and payload sizes to get a feel for the numbers.
 *
 * <pre>
 * java io.github.rustfit.sample.demo.GatewayDemo [connections] [messagesPerConnection] [payloadBytes] [seconds]
 * </pre>
 */
public final class GatewayDemo {

    private GatewayDemo() {}

    public static void main(String[] args) throws Exception {
        int connections = intArg(args, 0, 8);
        int messages = intArg(args, 1, 10_000);
        int payloadBytes = intArg(args, 2, 256);
        int seconds = intArg(args, 3, 10);

        try (EchoServer server = new EchoServer(Math.max(payloadBytes, 64 * 1024))) {
            System.out.printf(
                    "echo server on %s; %d connections x %d messages of %d bytes (max %ds)%n",
                    server.address(), connections, messages, payloadBytes, seconds);

            LoadGenerator generator =
                    new LoadGenerator(server.address(), connections, messages, payloadBytes, Duration.ofSeconds(seconds));
            LoadGenerator.Result result = generator.run();

            System.out.printf("messages:   %,d in %d ms (%d errors)%n",
                    result.messages(), result.elapsed().toMillis(), result.errors());
            System.out.printf("throughput: %,.0f msg/s, %.1f MiB/s%n",
                    result.messagesPerSecond(), result.megabytesPerSecond());
            System.out.printf("latency:    p50 <= %d us, p99 <= %d us, p99.9 <= %d us%n",
                    result.latencies().percentileMicros(50),
                    result.latencies().percentileMicros(99),
                    result.latencies().percentileMicros(99.9));
            System.out.printf("server echoed %,d messages%n", server.messagesEchoed());
        }
    }

    private static int intArg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
