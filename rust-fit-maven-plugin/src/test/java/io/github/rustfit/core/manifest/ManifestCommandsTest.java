package io.github.rustfit.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestCommandsTest {

    private static final ManifestCommands COMMANDS = ManifestCommands.of("1.2.3");

    @org.junit.jupiter.api.Test
    void the_review_command_quotes_each_value_to_fill_in_so_the_shell_reads_no_redirection_or_pipe() {
        assertThat(COMMANDS.review("cxf-rt-rs-sse"))
                .isEqualTo("mvn io.github.rustfit:rust-fit-maven-plugin:1.2.3:review -Drustfit.module=cxf-rt-rs-sse"
                        + " -Drustfit.decision=\"<rust-candidate|stay-on-jvm|revisit>\""
                        + " -Drustfit.rationale=\"<why, in your own words>\""
                        + " -Drustfit.reviewers=\"<names, comma-separated>\"");
        assertThat(COMMANDS.review()).contains(" -Drustfit.module=\"<module>\" ");
        assertThat(COMMANDS.init()).isEqualTo("mvn io.github.rustfit:rust-fit-maven-plugin:1.2.3:init");
    }

    @org.junit.jupiter.api.Test
    void every_command_ends_with_the_settings_it_carries_each_one_shell_word() throws Exception {
        ManifestCommands carrying = COMMANDS.carrying(List.of(
                new ManifestCommands.Setting("rustfit.manifest", "/tmp/team fit/rust-fit.yaml"),
                new ManifestCommands.Setting("rustfit.includeTests", "true"),
                new ManifestCommands.Setting("rustfit.excludes", "**/generated/**,it's/{a,b}/**")));

        String review = carrying.review("wire");
        String init = carrying.init();

        String settings = " -Drustfit.manifest='/tmp/team fit/rust-fit.yaml' -Drustfit.includeTests=true"
                + " -Drustfit.excludes='**/generated/**,it'\\''s/{a,b}/**'";
        assertThat(review).isEqualTo(COMMANDS.review("wire") + settings);
        assertThat(init).isEqualTo(COMMANDS.init() + settings);
        for (String command : List.of(review, init)) {
            List<String> words = ShellWords.of(command);
            assertThat(ShellWords.properties(words))
                    .containsEntry("rustfit.manifest", "/tmp/team fit/rust-fit.yaml")
                    .containsEntry("rustfit.includeTests", "true")
                    .containsEntry("rustfit.excludes", "**/generated/**,it's/{a,b}/**");
            ShellWords.bashWords(command).ifPresent(bash -> assertThat(bash).isEqualTo(words));
        }
    }

    @org.junit.jupiter.api.Test
    void the_command_it_replaces_was_no_valid_shell_command() {
        String before = "mvn io.github.rustfit:rust-fit-maven-plugin:1.2.3:review -Drustfit.module=wire"
                + " -Drustfit.decision=<rust-candidate|stay-on-jvm|revisit> -Drustfit.rationale=\"...\""
                + " -Drustfit.reviewers=<names>";

        assertThatThrownBy(() -> ShellWords.of(before)).hasMessageContaining("'<' is an operator or a redirection");
    }

    @org.junit.jupiter.api.Test
    void a_value_to_fill_in_left_in_a_manifest_is_a_placeholder_there_too() {
        assertThat(Placeholders.isPlaceholder(ManifestCommands.RATIONALE_TO_FILL))
                .isTrue();
        assertThat(Placeholders.isToFill(" <names, comma-separated> ")).isTrue();
        assertThat(Placeholders.isToFill("Amara <amara@example.org>")).isFalse();
        assertThat(Placeholders.isToFill("<>")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "wire",
                "services/wire",
                ".",
                "odd dir",
                "it's",
                "a\"b",
                "$HOME",
                "`id`",
                "a;b|c&d",
                "(x)",
                "*.java",
                "~user",
                "#1",
                "x!y",
                "back\\slash",
                "<module>",
                "{a,b}"
            })
    void a_value_reaches_the_goal_as_it_is_whatever_it_holds(String value) throws Exception {
        String word = ManifestCommands.quote(value);

        assertThat(ShellWords.of(word)).containsExactly(value);
        ShellWords.bashWords("mvn " + word).ifPresent(words -> assertThat(words).containsExactly("mvn", value));
    }
}
