package io.github.rustfit.sample.gateway;

import io.github.rustfit.sample.cache.ExpiryCleaner;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a gateway until the process is told to stop.
 *
 * <p>Arguments are backends as {@code name=host:port}; with none, an in-process loopback
 * acquirer answers so the gateway can be tried locally. Settings come from {@code gateway.*}
 * system properties (see {@link GatewayConfig#fromSystemProperties()}). SIGTERM triggers a
 * graceful drain.
 */
public final class GatewayMain {

    private static final System.Logger LOG = System.getLogger(GatewayMain.class.getName());

    private GatewayMain() {}

    public static void main(String[] args) throws Exception {
        GatewayConfig config = GatewayConfig.fromSystemProperties();
        List<Backend> backends = connectBackends(args, config);
        ExpiryCleaner cleaner = ExpiryCleaner.start(Duration.ofSeconds(5));

        EdgeGateway gateway = new EdgeGateway(config, backends, cleaner);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            gateway.drainAndStop();
                            cleaner.close();
                        },
                        "gateway-shutdown"));
        gateway.start();
        gateway.awaitTermination();
    }

    private static List<Backend> connectBackends(String[] args, GatewayConfig config) throws IOException {
        List<Backend> backends = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            int colon = arg.lastIndexOf(':');
            if (eq <= 0 || colon <= eq) {
                throw new IllegalArgumentException("expected name=host:port but got " + arg);
            }
            String name = arg.substring(0, eq);
            InetSocketAddress address =
                    new InetSocketAddress(arg.substring(eq + 1, colon), Integer.parseInt(arg.substring(colon + 1)));
            backends.add(RemoteBackend.connect(name, address, config.maxFrameBytes(), Duration.ofSeconds(5)));
            LOG.log(System.Logger.Level.INFO, "connected to backend " + name + " at " + address);
        }
        if (backends.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "no backends given; answering from the loopback acquirer");
            backends.add(new LoopbackAcquirer(50_000, Duration.ofMillis(2)));
        }
        return backends;
    }
}
