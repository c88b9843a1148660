package io.github.rustfit.core.fork;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A parsing JVM whose first answer is a report no build of rust-fit writes (a line count below
 * zero): the two sides disagree on the encoding, which the user cannot fix.
 */
public final class AnswersUnreadably {

    public static void main(String[] args) throws Exception {
        DataInputStream in = new DataInputStream(System.in);
        DataOutputStream out = new DataOutputStream(System.out);
        out.writeInt(Wire.GREETING);
        Wire.Request first = Wire.readRequest(in).orElseThrow();
        byte[] report = "{\"loc\":-1,\"package\":\"\",\"findings\":[]}".getBytes(StandardCharsets.UTF_8);
        Wire.writeReply(out, new Wire.Reply(first.id(), report, List.of()));
        out.flush();
        while (Wire.readRequest(in).isPresent()) {
            // waits to be told to stop
        }
    }
}
