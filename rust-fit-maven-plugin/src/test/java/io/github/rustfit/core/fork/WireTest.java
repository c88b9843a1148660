package io.github.rustfit.core.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireTest {

    private static DataInputStream written(IoAction action) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        action.run(out);
        out.flush();
        return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    }

    interface IoAction {
        void run(DataOutputStream out) throws IOException;
    }

    @Test
    void a_request_arrives_as_it_was_sent_and_the_end_marker_ends_the_requests() throws IOException {
        byte[] source = "class Ä { /* ü */ }".getBytes(StandardCharsets.UTF_8);
        DataInputStream in = written(out -> {
            Wire.writeRequest(out, new Wire.Request(7, "mod/src/Ä.java", "UTF-8", source));
            out.writeInt(Wire.END);
        });

        Wire.Request request = Wire.readRequest(in).orElseThrow();
        assertThat(request.id()).isEqualTo(7);
        assertThat(request.relativePath()).isEqualTo("mod/src/Ä.java");
        assertThat(request.charset()).isEqualTo("UTF-8");
        assertThat(request.bytes()).isEqualTo(source);
        assertThat(Wire.readRequest(in)).isEmpty();
    }

    @Test
    void a_reply_arrives_as_it_was_sent_and_the_end_marker_ends_the_replies() throws IOException {
        byte[] report = "{\"loc\":42}".getBytes(StandardCharsets.UTF_8);
        DataInputStream in = written(out -> {
            Wire.writeReply(out, new Wire.Reply(3, report, List.of("a warning", "Ä second")));
            out.writeInt(Wire.END);
        });

        Wire.Reply reply = Wire.readReply(in).orElseThrow();
        assertThat(reply.id()).isEqualTo(3);
        assertThat(reply.report()).isEqualTo(report);
        assertThat(reply.warnings()).containsExactly("a warning", "Ä second");
        assertThat(Wire.readReply(in)).isEmpty();
    }

    @Test
    void a_reply_that_does_not_start_with_the_marker_is_refused_saying_what_was_there() {
        DataInputStream in = new DataInputStream(
                new ByteArrayInputStream("[0.004s][info][gc] Using Serial\n".getBytes(StandardCharsets.US_ASCII)));

        org.assertj.core.api.Assertions.assertThatIOException()
                .isThrownBy(() -> Wire.readReply(in))
                .withMessageStartingWith("its standard output holds something other than replies (\"[0.0…\")");
    }

    @Test
    void an_implausible_length_is_refused_before_anything_is_allocated() throws IOException {
        DataInputStream in = written(out -> {
            out.writeInt(Wire.REPLY);
            out.writeInt(1);
            out.writeInt(Integer.MAX_VALUE);
        });

        org.assertj.core.api.Assertions.assertThatIOException()
                .isThrownBy(() -> Wire.readReply(in))
                .withMessage("a length of 2147483647 bytes on the wire; the stream is not what the other side wrote");
    }
}
