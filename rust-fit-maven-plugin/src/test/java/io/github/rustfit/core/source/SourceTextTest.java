package io.github.rustfit.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {

    @TempDir
    Path dir;

    @Test
    void reads_valid_utf8_without_a_malformed_line() throws Exception {
        Path file = dir.resolve("A.java");
        Files.writeString(file, "class A { String s = \"é\"; }\n", StandardCharsets.UTF_8);

        SourceText text = SourceText.read(file, StandardCharsets.UTF_8);

        assertThat(text.text()).contains("é");
        assertThat(text.malformedLine()).isEmpty();
    }

    @Test
    void latin1_bytes_in_a_utf8_module_are_replaced_and_their_line_is_reported() throws Exception {
        Path file = dir.resolve("B.java");
        byte[] head = "class B {\n  // ok\n  String s = \"".getBytes(StandardCharsets.US_ASCII);
        byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "\";\n}\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + latin1.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(latin1, 0, all, head.length, latin1.length);
        System.arraycopy(tail, 0, all, head.length + latin1.length, tail.length);
        Files.write(file, all);

        SourceText text = SourceText.read(file, StandardCharsets.UTF_8);

        assertThat(text.malformedLine()).contains(3);
        assertThat(text.text()).contains("class B").contains("\uFFFD");
    }

    @Test
    void splits_lines_on_every_line_ending() {
        SourceText text = new SourceText("a\r\nb\rc\nd", java.util.Optional.empty());
        SourceLines lines = text.lines();
        assertThat(lines.count()).isEqualTo(4);
        assertThat(List.of(lines.line(1), lines.line(2), lines.line(3), lines.line(4)))
                .containsExactly("a", "b", "c", "d");
    }
}
