package fixtures.network;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;

/** A non-blocking echo server that runs until stopped. */
final class EchoServer {

    private volatile boolean running = true; // expect: concurrency.atomics

    void serve(int port) throws IOException {
        Selector selector = Selector.open(); // expect: network.server-sockets
        ServerSocketChannel server = ServerSocketChannel.open(); // expect: network.server-sockets
        server.bind(new InetSocketAddress(port));
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        ByteBuffer buffer = ByteBuffer.allocate(4096); // expect: protocol.byte-buffers
        while (running) { // expect: network.service-lifecycle
            selector.select(); // expect: network.server-sockets
            Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
            while (keys.hasNext()) {
                SelectionKey key = keys.next();
                keys.remove();
                if (key.isAcceptable()) { // expect: network.server-sockets
                    SocketChannel client = server.accept(); // expect: network.server-sockets
                    client.configureBlocking(false);
                    client.register(selector, SelectionKey.OP_READ);
                } else if (key.isReadable()) { // expect: network.server-sockets
                    SocketChannel client = (SocketChannel) key.channel();
                    buffer.clear();
                    if (client.read(buffer) < 0) { // expect: network.server-sockets
                        client.close();
                        continue;
                    }
                    buffer.flip();
                    client.write(buffer); // expect: network.server-sockets
                }
            }
        }
    }

    void blocking(int port) throws IOException {
        try (ServerSocket listener = new ServerSocket(port)) { // expect: network.server-sockets
            while (!Thread.currentThread().isInterrupted()) { // expect: network.service-lifecycle
                Socket socket = listener.accept(); // expect: network.server-sockets
                socket.close();
            }
        }
    }

    void stop() {
        running = false;
    }

    public static void main(String[] args) throws IOException { // expect: role.entry-points
        EchoServer server = new EchoServer();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop)); // expect: network.service-lifecycle, concurrency.executors
        server.serve(7000);
    }
}

/** Near-misses: a client connection, a bounded loop, and a flag loop that waits on no socket. */
final class Client {

    private boolean running = true;

    String fetch(String host) throws IOException {
        try (Socket socket = new Socket(host, 80)) {
            return socket.getInetAddress().toString();
        }
    }

    void drain(java.util.Queue<Runnable> tasks, java.util.function.Consumer<Runnable> sink) {
        while (running) {
            Runnable task = tasks.poll();
            if (task == null) {
                running = false;
            } else {
                sink.accept(task);
            }
        }
        for (int i = 0; i < 3; i++) {
            sink.accept(() -> {});
        }
    }
}
