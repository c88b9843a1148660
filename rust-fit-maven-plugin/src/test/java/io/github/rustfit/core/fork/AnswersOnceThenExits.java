package io.github.rustfit.core.fork;

import io.github.rustfit.core.file.FileAnalyzer;
import io.github.rustfit.core.file.FileReport;
import io.github.rustfit.core.file.FileReportCodec;
import io.github.rustfit.core.signals.Signal;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.charset.Charset;
import java.util.List;

/**
 * A parsing JVM that answers the first file as the real one would, then says why it gives up and
 * exits with status 3 when the second arrives.
 */
public final class AnswersOnceThenExits {

    public static void main(String[] args) throws Exception {
        ParsingProcessMain.Setup setup = ParsingProcessMain.Setup.of(args).orElseThrow();
        DataInputStream in = new DataInputStream(System.in);
        DataOutputStream out = new DataOutputStream(System.out);
        out.writeInt(Wire.GREETING);
        Wire.Request first = Wire.readRequest(in).orElseThrow();
        FileReport report = FileAnalyzer.parsingAt(setup.level(), setup.signals(), warning -> {})
                .analyze(first.bytes(), first.relativePath(), Charset.forName(first.charset()));
        FileReportCodec codec = new FileReportCodec(
                setup.signals().stream().map(Signal::id).collect(java.util.stream.Collectors.toSet()));
        Wire.writeReply(out, new Wire.Reply(first.id(), codec.encode(report), List.of()));
        out.flush();
        Wire.readRequest(in);
        System.err.println("simulated crash after one file");
        System.exit(3);
    }
}
