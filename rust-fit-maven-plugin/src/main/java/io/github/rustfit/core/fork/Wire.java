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
 *   <li>reply: id, the file's report, the warnings raised while inspecting it; an id below zero
 *       says every request has been answered.
 * </ul>
 */
final class Wire {

    static final int END = -1;

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
        int id = in.readInt();
        if (id < 0) {
            return Optional.empty();
        }
        if (!in.readBoolean()) {
            return Optional.of(Reply.failed(id, readString(in)));
        }
        String file = readString(in);
        int linesOfCode = in.readInt();
        String packageName = readString(in);
        int count = in.readInt();
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            findings.add(new Finding(readString(in), in.readInt(), readString(in)));
        }
        Optional<ParseProblem> problem = in.readBoolean()
                ? Optional.of(new ParseProblem(readString(in), in.readInt(), in.readInt(), readString(in)))
                : Optional.empty();
        Optional<Integer> malformedLine = in.readBoolean() ? Optional.of(in.readInt()) : Optional.empty();
        int warningCount = in.readInt();
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
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
