package io.github.rustfit.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceLinesTest {

    private static List<String> all(String text) {
        SourceLines lines = new SourceLines(text);
        List<String> found = new ArrayList<>();
        for (int i = 1; i <= lines.count(); i++) {
            found.add(lines.line(i));
        }
        return found;
    }

    @Test
    void a_text_without_line_endings_is_one_line() {
        assertThat(all("class A {}")).containsExactly("class A {}");
        assertThat(all("")).containsExactly("");
    }

    @Test
    void every_ending_ends_a_line_and_a_trailing_one_leaves_an_empty_last_line() {
        assertThat(all("a\r\nb\rc\nd")).containsExactly("a", "b", "c", "d");
        assertThat(all("a\n")).containsExactly("a", "");
        assertThat(all("\n\r\n\r")).containsExactly("", "", "", "");
    }

    @Test
    void a_line_feed_before_a_carriage_return_is_two_endings() {
        assertThat(all("a\n\rb")).containsExactly("a", "", "b");
    }

    @Test
    void agrees_with_a_regular_expression_split_on_random_texts() {
        Random random = new Random(42);
        char[] alphabet = {'a', ' ', '\r', '\n', 'é'};
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(all(text.toString()))
                    .as("lines of %s", text.toString().replace("\r", "\\r").replace("\n", "\\n"))
                    .containsExactly(text.toString().split("\r\n|\r|\n", -1));
        }
    }

    @Test
    void asking_for_a_line_that_is_not_there_says_which_and_how_many_there_are() {
        SourceLines lines = new SourceLines("a\nb");
        assertThatThrownBy(() -> lines.line(3)).hasMessage("line 3 of 2");
        assertThatThrownBy(() -> lines.line(0)).hasMessage("line 0 of 2");
    }
}
