package fixtures.protocol;

import com.example.json.JsonMapper;
import com.example.proto.Envelope;
import fixtures.protocol.wire.FrameDecoder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.DocumentBuilder;
import org.example.rpc.Session;

/** An adapter whose parsing is another project's: it only hands bytes to their parsers. */
final class JsonAdapter {

    private final JsonMapper mapper = new JsonMapper();

    Object read(byte[] body) throws IOException {
        return mapper.readValue(body, Object.class); // expect: protocol.delegated-decoding
    }

    Object envelope(byte[] bytes) throws IOException {
        return Envelope.parseFrom(bytes); // expect: protocol.delegated-decoding
    }

    Object document(DocumentBuilder builder, InputStream in) throws Exception {
        return builder.parse(in); // expect: protocol.delegated-decoding
    }

    void frame(Session session, byte[] frame) {
        session.decode(frame); // expect: protocol.delegated-decoding
    }

    /** Near-misses: the project's own decoder, the JDK's readers, a session that only reads state. */
    void ownAndPlatform(FrameDecoder decoder, BufferedReader reader, Session session, byte[] frame)
            throws IOException {
        decoder.decode(frame);
        reader.readLine();
        session.readTimeout();
    }
}
