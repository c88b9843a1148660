package fixtures.network;

import java.io.IOException;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.util.Map;

import static java.net.StandardSocketOptions.SO_RCVBUF;

/** A transport that tunes its own sockets, and near-misses that only carry the names. */
final class TunedTransport {

    /** A declaration carrying an option's name is not a use of it. */
    static final String TCP_NODELAY = "tcpNoDelay";

    /** Nor is a constant that merely starts like one. */
    static final int SO_FAR = 3;

    void tune(Socket socket, SocketChannel channel) throws IOException {
        socket.setTcpNoDelay(true); // expect: network.socket-options
        socket.setSoTimeout(30_000); // expect: network.socket-options
        channel.setOption(StandardSocketOptions.SO_KEEPALIVE, true); // expect: network.socket-options
        channel.setOption(SO_RCVBUF, 64 * 1024); // expect: network.socket-options
    }

    void options(Map<Object, Object> bootstrap) {
        bootstrap.put(ServerOption.SO_BACKLOG, 128); // expect: network.socket-options
    }

    void nearMisses(Map<String, Object> settings, Client client) {
        settings.put("TCP_NODELAY", true);
        settings.put("count", SO_FAR);
        client.setTimeout(30);
        client.setKeepAlive();
    }

    interface Client {
        void setTimeout(int seconds);

        void setKeepAlive();
    }

    static final class ServerOption {
        static final Object SO_BACKLOG = new Object();
    }
}
