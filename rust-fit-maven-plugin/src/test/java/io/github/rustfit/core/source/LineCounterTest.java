package io.github.rustfit.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineCounterTest {

    @Test
    void counts_lines_that_hold_code() {
        assertThat(LineCounter.linesOfCode("class A {\n  int x;\n}\n")).isEqualTo(3);
    }

    @Test
    void ignores_blank_lines_and_line_comments() {
        assertThat(LineCounter.linesOfCode("\n   \n// comment\nclass A {} // trailing\n"))
                .isEqualTo(1);
    }

    @Test
    void ignores_block_and_javadoc_comments_spanning_lines() {
        String text = "/**\n * Doc.\n */\nclass A {\n  /* one\n     two */ int x;\n}\n";
        assertThat(LineCounter.linesOfCode(text)).isEqualTo(3);
    }

    @Test
    void comment_markers_inside_strings_do_not_hide_code() {
        String text = "String a = \"// not a comment\";\nString b = \"/* nor this\";\nint c = 1;\n";
        assertThat(LineCounter.linesOfCode(text)).isEqualTo(3);
    }

    @Test
    void text_block_lines_count_as_code() {
        String text = "String s = \"\"\"\n    // inside\n    text\n    \"\"\";\nint x;\n";
        assertThat(LineCounter.linesOfCode(text)).isEqualTo(5);
    }

    @Test
    void counts_a_last_line_without_newline() {
        assertThat(LineCounter.linesOfCode("class A {}")).isEqualTo(1);
    }

    @Test
    void empty_text_has_no_lines_of_code() {
        assertThat(LineCounter.linesOfCode("")).isZero();
    }
}
