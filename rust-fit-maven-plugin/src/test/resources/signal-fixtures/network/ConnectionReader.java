package fixtures.network;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;

/** The per-connection half of a server: it reads the next frame until it is stopped. */
final class ConnectionReader implements Runnable {

    private final Socket socket;
    private volatile boolean running = true; // expect: concurrency.atomics

    ConnectionReader(Socket socket) {
        this.socket = socket;
    }

    @Override
    public void run() {
        try (DataInputStream in = new DataInputStream(socket.getInputStream())) {
            while (running) { // expect: network.connection-loops
                int type = in.readUnsignedByte(); // expect: protocol.binary-streams
                int length = in.readInt(); // expect: protocol.binary-streams
                dispatch(type, length);
            }
        } catch (IOException e) {
            running = false;
        }
    }

    void pump() throws IOException {
        byte[] chunk = new byte[512];
        for (;;) { // expect: network.connection-loops
            int read = socket.getInputStream().read(chunk);
            dispatch(chunk[0], read);
        }
    }

    void drainToEnd(BufferedReader reader) throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            dispatch(line.length(), 0);
        }
    }

    void idle() {
        while (running) {
            dispatch(0, 0);
        }
    }

    private void dispatch(int type, int length) {}
}
