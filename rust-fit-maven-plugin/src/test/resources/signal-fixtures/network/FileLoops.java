package fixtures.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;

/** Near-miss: loops that read a file or a resource until a flag stops them; no connection in sight. */
final class FileLoops {

    private boolean more = true;

    void lines(BufferedReader reader) throws IOException {
        while (true) {
            String line = reader.readLine();
            if (line == null) {
                break;
            }
        }
    }

    void chunks(InputStream in) throws IOException {
        do {
            more = in.read() >= 0; // expect: protocol.binary-streams
        } while (more);
    }
}
