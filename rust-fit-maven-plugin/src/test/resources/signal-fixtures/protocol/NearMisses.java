package fixtures.protocol;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.swing.JFrame;

/** Near-miss: a "parser" that only loads a properties file is not protocol code. */
final class ConfigParser {

    Properties parse(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    String value(Properties properties, String key) {
        return properties.getProperty(key);
    }
}

/** Near-miss: a frame that is a window, not a wire frame. */
final class Frame extends JFrame {

    Frame(String title) {
        super(title);
    }

    void showStatus(String status) {
        setTitle(status);
    }
}

/** Near-miss: a record called a frame that carries bytes but neither reads nor writes them. */
record PayloadFrame(int type, byte[] payload) {}

/** A serializer that writes bytes is a codec, whatever else it does. */
interface EventSerializer { // expect: protocol.codec-types
    byte[] serialize(Object event);
}
