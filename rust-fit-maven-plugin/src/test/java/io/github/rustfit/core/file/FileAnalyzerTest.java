package io.github.rustfit.core.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.parse.LanguageLevels;
import io.github.rustfit.core.parse.SourceParser;
import io.github.rustfit.core.signals.Finding;
import io.github.rustfit.core.signals.registry.SignalRegistry;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileAnalyzerTest {

    private static final String DECODER_BODY = """
            {
                int decode(byte[] in, int i) {
                    return (in[i] & 0xFF) << 8 | (in[i + 1] & 0xFF);
                }
            }
            """;

    private final FileAnalyzer analyzer =
            new FileAnalyzer(new SourceParser(LanguageLevels.newest()), SignalRegistry.fileSignals());

    @Test
    void generated_code_is_measured_but_never_taken_as_evidence() {
        String source = "package wire;\n\n@javax.annotation.processing.Generated(\"protoc\")\n"
                + "public final class Frames " + DECODER_BODY;

        FileReport report =
                analyzer.analyze(source.getBytes(StandardCharsets.UTF_8), "Frames.java", StandardCharsets.UTF_8);

        assertThat(report.findings()).isEmpty();
        assertThat(report.linesOfCode()).isPositive();
        assertThat(report.packageName()).isEqualTo("wire");
    }

    @Test
    void hand_written_code_beside_an_annotation_with_a_similar_name_is_evidence() {
        String source = "package wire;\n\n@GeneratedValue\npublic final class Frames " + DECODER_BODY;

        FileReport report =
                analyzer.analyze(source.getBytes(StandardCharsets.UTF_8), "Frames.java", StandardCharsets.UTF_8);

        assertThat(report.findings()).extracting(Finding::signalId).contains("protocol.bit-twiddling");
    }
}
