package io.github.rustfit.core.fork;

import io.github.rustfit.core.analysis.FileAnalyzer;
import io.github.rustfit.core.analysis.FileReport;
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
        Wire.writeReply(out, Wire.Reply.of(first.id(), report, List.of()));
        out.flush();
        Wire.readRequest(in);
        System.err.println("simulated crash after one file");
        System.exit(3);
    }
}
