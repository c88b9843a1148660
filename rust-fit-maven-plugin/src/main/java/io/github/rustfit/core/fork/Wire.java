package io.github.rustfit.core.fork;

import io.github.rustfit.core.analysis.FileReport;
import io.github.rustfit.core.result.ParseProblem;
import io.github.rustfit.core.signals.Finding;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The messages between Maven's JVM and the parsing JVM, as length-prefixed binary frames on the
 * child's standard input and output. Both ends are always the same plugin build (the child runs
 * from the parent's own class path), so the format needs no version.
 *
 * <ul>
 *   <li>request: id, path relative to the execution root, charset name, the file's bytes; an id
 *       below zero ends the conversation;
 *   <li>reply: a marker, id, the file's report, the warnings raised while inspecting it; an id
 *       below zero says every request has been answered.
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

    /** No string on the wire is longer: a source line, a message or a path is far shorter. */
    static final int MAX_STRING_BYTES = 1 << 24;

    /** No count on the wire is larger: findings of one file, or warnings about it. */
    static final int MAX_COUNT = 1 << 22;

    private Wire() {}

    /** One file to analyse. */
    record Request(int id, String relativePath, String charset, byte[] bytes) {}

    /**
     * What analysing one file gave, and what went wrong on the way without stopping it; or, when
     * the analysis itself failed in the child, why ({@code report} is then empty).
     */
    record Reply(int id, Optional<FileReport> report, List<String> warnings, String failure) {

        Reply {
            warnings = List.copyOf(warnings);
        }

        static Reply of(int id, FileReport report, List<String> warnings) {
            return new Reply(id, Optional.of(report), warnings, "");
        }

        static Reply failed(int id, String failure) {
            return new Reply(id, Optional.empty(), List.of(), failure);
        }
    }

    static void writeRequest(DataOutput out, Request request) throws IOException {
        out.writeInt(request.id());
        writeString(out, request.relativePath());
        writeString(out, request.charset());
        out.writeInt(request.bytes().length);
        out.write(request.bytes());
    }

    /** The next request, or empty at the end of the conversation. */
    static Optional<Request> readRequest(DataInput in) throws IOException {
        int id = in.readInt();
        if (id < 0) {
            return Optional.empty();
        }
        String relativePath = readString(in);
        String charset = readString(in);
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return Optional.of(new Request(id, relativePath, charset, bytes));
    }

    static void writeReply(DataOutput out, Reply reply) throws IOException {
        out.writeInt(REPLY);
        out.writeInt(reply.id());
        out.writeBoolean(reply.report().isPresent());
        if (reply.report().isEmpty()) {
            writeString(out, reply.failure());
            return;
        }
        FileReport report = reply.report().get();
        writeString(out, report.file());
        out.writeInt(report.linesOfCode());
        writeString(out, report.packageName());
        out.writeInt(report.findings().size());
        for (Finding finding : report.findings()) {
            writeString(out, finding.signalId());
            out.writeInt(finding.line());
            writeString(out, finding.snippet());
        }
        out.writeBoolean(report.problem().isPresent());
        if (report.problem().isPresent()) {
            ParseProblem problem = report.problem().get();
            writeString(out, problem.file());
            out.writeInt(problem.line());
            out.writeInt(problem.column());
            writeString(out, problem.message());
        }
        out.writeBoolean(report.malformedLine().isPresent());
        if (report.malformedLine().isPresent()) {
            out.writeInt(report.malformedLine().get());
        }
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
        if (!in.readBoolean()) {
            return Optional.of(Reply.failed(id, readString(in)));
        }
        String file = readString(in);
        int linesOfCode = in.readInt();
        String packageName = readString(in);
        int count = count(in);
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            findings.add(new Finding(readString(in), in.readInt(), readString(in)));
        }
        Optional<ParseProblem> problem = in.readBoolean()
                ? Optional.of(new ParseProblem(readString(in), in.readInt(), in.readInt(), readString(in)))
                : Optional.empty();
        Optional<Integer> malformedLine = in.readBoolean() ? Optional.of(in.readInt()) : Optional.empty();
        int warningCount = count(in);
        List<String> warnings = new ArrayList<>(warningCount);
        for (int i = 0; i < warningCount; i++) {
            warnings.add(readString(in));
        }
        return Optional.of(Reply.of(
                id, new FileReport(file, linesOfCode, packageName, findings, problem, malformedLine), warnings));
    }

    /** UTF-8 with an int length: unlike writeUTF, no 64 KB limit and no modified encoding. */
    private static void writeString(DataOutput out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException(
                    "a string of " + length + " bytes in a reply; the stream is not what the child" + " wrote");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int count(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new IOException("a count of " + count + " in a reply; the stream is not what the child wrote");
        }
        return count;
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
