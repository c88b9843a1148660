package io.github.rustfit.sample.demo;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Thread-per-connection echo server: every length-prefixed message received is sent straight
 * back. Deliberately the simplest possible server, to compare against the selector-based one.
 * Binds to loopback only.
 */
public final class EchoServer implements AutoCloseable {

    private final ServerSocket serverSocket;
    private final ExecutorService connectionThreads = Executors.newCachedThreadPool();
    private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
    private final AtomicLong messagesEchoed = new AtomicLong();
    private final Thread acceptor;
    private volatile boolean running = true;

    public EchoServer(int maxMessageBytes) throws IOException {
        serverSocket = new ServerSocket();
        serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        acceptor = new Thread(() -> acceptLoop(maxMessageBytes), "echo-acceptor");
        acceptor.start();
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) serverSocket.getLocalSocketAddress();
    }

    public long messagesEchoed() {
        return messagesEchoed.get();
    }

    private void acceptLoop(int maxMessageBytes) {
        while (running) {
            try {
                Socket socket = serverSocket.accept();
                socket.setTcpNoDelay(true);
                openSockets.add(socket);
                connectionThreads.execute(() -> echo(socket, maxMessageBytes));
            } catch (IOException e) {
                if (running) {
                    System.err.println("accept failed: " + e.getMessage());
                }
            }
        }
    }

    private void echo(Socket socket, int maxMessageBytes) {
        try (socket;
                DataInputStream in = new DataInputStream(socket.getInputStream());
                DataOutputStream out = new DataOutputStream(socket.getOutputStream())) {
            byte[] buffer = new byte[maxMessageBytes];
            while (running) {
                int length = in.readInt();
                if (length < 0 || length > maxMessageBytes) {
                    return;
                }
                in.readFully(buffer, 0, length);
                out.writeInt(length);
                out.write(buffer, 0, length);
                out.flush();
                messagesEchoed.incrementAndGet();
            }
        } catch (EOFException | SocketException e) {
            // client went away
        } catch (IOException e) {
            System.err.println("echo failed: " + e.getMessage());
        } finally {
            openSockets.remove(socket);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        running = false;
        serverSocket.close();
        for (Socket socket : openSockets) {
            socket.close();
        }
        connectionThreads.shutdown();
        connectionThreads.awaitTermination(5, TimeUnit.SECONDS);
        acceptor.join(5_000);
    }
}
