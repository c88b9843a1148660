package io.github.rustfit.core.fork;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The messages between Maven's JVM and the parsing JVM, as length-prefixed binary frames on the
 * child's standard input and output. A file's report travels in the one encoding the cache also
 * stores ({@link io.github.rustfit.core.file.FileReportCodec}), so there is one format for it.
 *
 * <ul>
 *   <li>request: id, path relative to the execution root, charset name, the file's bytes; an id
 *       below zero ends the conversation;
 *   <li>reply: a marker, id, the encoded report, the warnings raised while inspecting the file;
 *       {@link #END} in place of a marker says every request has been answered.
 * </ul>
 *
 * <p>The child's standard output is shared with whatever the JVM itself prints there (a user's
 * {@code -Xlog} without a file, say). So the child greets first, every reply starts with a marker,
 * and every length is checked: anything else on that stream is caught as such, never read as a
 * report.
 */
final class Wire {

    static final int END = -1;

    /** The child's first four bytes: "RFit". */
    static final int GREETING = 0x52466974;

    /** The first four bytes of every reply: "RFrp". */
    static final int REPLY = 0x52467270;

    /** No string or report on the wire is longer. */
    static final int MAX_BYTES = 1 << 26;

    /** No count on the wire is larger: warnings about one file. */
    static final int MAX_COUNT = 1 << 16;

    private Wire() {}

    /** One file to analyse. */
    record Request(int id, String relativePath, String charset, byte[] bytes) {}

    /** A file's encoded report, and what went wrong on the way without stopping it. */
    record Reply(int id, byte[] report, List<String> warnings) {

        Reply {
            warnings = List.copyOf(warnings);
        }
    }

    static void writeRequest(DataOutput out, Request request) throws IOException {
        out.writeInt(request.id());
        writeString(out, request.relativePath());
        writeString(out, request.charset());
        writeBytes(out, request.bytes());
    }

    /** The next request, or empty at the end of the conversation. */
    static Optional<Request> readRequest(DataInput in) throws IOException {
        int id = in.readInt();
        if (id < 0) {
            return Optional.empty();
        }
        return Optional.of(new Request(id, readString(in), readString(in), readBytes(in)));
    }

    static void writeReply(DataOutput out, Reply reply) throws IOException {
        out.writeInt(REPLY);
        out.writeInt(reply.id());
        writeBytes(out, reply.report());
        out.writeInt(reply.warnings().size());
        for (String warning : reply.warnings()) {
            writeString(out, warning);
        }
    }

    /** The next reply, or empty when the child has answered everything. */
    static Optional<Reply> readReply(DataInput in) throws IOException {
        int marker = in.readInt();
        if (marker == END) {
            return Optional.empty();
        }
        if (marker != REPLY) {
            throw new IOException(unexpected(marker));
        }
        int id = in.readInt();
        byte[] report = readBytes(in);
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new IOException("a count of " + count + " in a reply; the stream is not what the child wrote");
        }
        List<String> warnings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            warnings.add(readString(in));
        }
        return Optional.of(new Reply(id, report, warnings));
    }

    private static void writeString(DataOutput out, String value) throws IOException {
        writeBytes(out, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String readString(DataInput in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    private static void writeBytes(DataOutput out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_BYTES) {
            throw new IOException(
                    "a length of " + length + " bytes on the wire; the stream is not what the other" + " side wrote");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    /** Says what was found where a greeting or reply should start, as text when it reads as such. */
    static String unexpected(int word) {
        byte[] bytes = {(byte) (word >>> 24), (byte) (word >>> 16), (byte) (word >>> 8), (byte) word};
        String text = new String(bytes, StandardCharsets.US_ASCII);
        boolean printable = text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return "its standard output holds something other than replies"
                + (printable ? " (\"" + text + "…\")" : "")
                + "; a JVM argument that prints there, such as -Xlog or -verbose without a file, causes this";
    }
}
