package io.github.rustfit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rustfit.core.analysis.AnalysisRequest;
import io.github.rustfit.core.analysis.ModuleRequest;
import io.github.rustfit.core.analysis.TestReactors;
import io.github.rustfit.core.manifest.ManifestCommands;
import io.github.rustfit.core.manifest.ReviewDecision;
import io.github.rustfit.core.manifest.ShellWords;
import io.github.rustfit.run.ReviewRun.ReviewRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The review command the plugin prints (in check's fixes, init's hints, the starter manifest and the
 * SARIF log) as a user meets it: pasted into a shell as printed, it is one valid command; run
 * unchanged, the review goal names every value still to fill in and records nothing; with those
 * values filled in, the goal takes them.
 */
class PrintedReviewCommandTest {

    private static final ManifestCommands COMMANDS = ManifestCommands.of("0.1.0-SNAPSHOT");
    private static final Path ROOT = Path.of("/work/reactor");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    /** A reactor whose modules' names and paths are all a shell could trip over. */
    private static final List<ModuleRequest> MODULES = List.of(
            TestReactors.module(ROOT, "cxf-rt-rs-sse"),
            TestReactors.module(ROOT, "rt/transports/udp"),
            TestReactors.module(ROOT, "odd dir/it's $HOME; *"));

    @ParameterizedTest
    @ValueSource(strings = {"cxf-rt-rs-sse", "rt/transports/udp", "odd dir/it's $HOME; *"})
    void the_printed_command_is_one_valid_shell_command_whose_words_are_the_module_and_the_values_to_fill(String module)
            throws Exception {
        String command = COMMANDS.review(module);

        List<String> words = ShellWords.of(command);

        assertThat(words)
                .containsExactly(
                        "mvn",
                        "io.github.rustfit:rust-fit-maven-plugin:0.1.0-SNAPSHOT:review",
                        "-Drustfit.module=" + module,
                        "-Drustfit.decision=<rust-candidate|stay-on-jvm|revisit>",
                        "-Drustfit.rationale=<why, in your own words>",
                        "-Drustfit.reviewers=<names, comma-separated>");
        Optional<List<String>> bash = ShellWords.bashWords(command);
        bash.ifPresent(bashWords -> assertThat(bashWords).as("as bash reads it").isEqualTo(words));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cxf-rt-rs-sse", "rt/transports/udp", "odd dir/it's $HOME; *"})
    void run_unchanged_the_command_names_every_value_still_to_fill_in_and_records_nothing(String module) {
        Map<String, String> given = ShellWords.properties(ShellWords.of(COMMANDS.review(module)));

        SettingException e = catchThrowableOfType(SettingException.class, () -> review(given));

        assertThat(e.refusals())
                .extracting(SettingException.Refusal::property, SettingException.Refusal::problem)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rustfit.decision", Parameters.TO_FILL),
                        org.assertj.core.groups.Tuple.tuple("rustfit.rationale", Parameters.TO_FILL),
                        org.assertj.core.groups.Tuple.tuple("rustfit.reviewers", Parameters.TO_FILL));
        assertThat(e.getMessage())
                .isEqualTo("rust-fit: 3 values are still to fill in or to correct; nothing was done:\n"
                        + "rust-fit: rustfit.decision '<rust-candidate|stay-on-jvm|revisit>' is still a placeholder"
                        + " to fill in. Choose one of rust-candidate, stay-on-jvm, revisit.\n"
                        + "rust-fit: rustfit.rationale '<why, in your own words>' is still a placeholder to fill in."
                        + " Write why the team decided as it did, in its own words.\n"
                        + "rust-fit: rustfit.reviewers '<names, comma-separated>' is still a placeholder to fill in."
                        + " List who reviewed, comma-separated, such as -Drustfit.reviewers=alice,bob.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cxf-rt-rs-sse", "rt/transports/udp", "odd dir/it's $HOME; *"})
    void with_its_values_filled_in_as_a_user_would_the_command_records_the_review(String module) throws Exception {
        String filled = COMMANDS.review(module)
                .replace("\"<rust-candidate|stay-on-jvm|revisit>\"", "stay-on-jvm")
                .replace("<why, in your own words>", "It doesn't read untrusted input")
                .replace("\"<names, comma-separated>\"", "alice,bob");
        List<String> words = ShellWords.of(filled);
        ShellWords.bashWords(filled)
                .ifPresent(bashWords -> assertThat(bashWords).isEqualTo(words));

        ReviewRequest request = review(ShellWords.properties(words));

        assertThat(request)
                .isEqualTo(new ReviewRequest(
                        module,
                        ReviewDecision.STAY_ON_JVM,
                        "It doesn't read untrusted input",
                        List.of("alice", "bob"),
                        LocalDate.of(2027, 5, 24)));
    }

    @org.junit.jupiter.api.Test
    void the_command_for_any_module_asks_for_the_module_too() throws Exception {
        String command = COMMANDS.review();
        Map<String, String> given = ShellWords.properties(ShellWords.of(command));
        ShellWords.bashWords(command).ifPresent(words -> assertThat(words).isEqualTo(ShellWords.of(command)));

        SettingException e = catchThrowableOfType(SettingException.class, () -> review(given));

        assertThat(e.refusals())
                .extracting(SettingException.Refusal::property)
                .containsExactly("rustfit.module", "rustfit.decision", "rustfit.rationale", "rustfit.reviewers");
        assertThat(e.getMessage())
                .contains("rust-fit: rustfit.module '<module>' is still a placeholder to fill in. Name the module to"
                        + " review, by artifactId or by path from the project's top.\n");
    }

    private static ReviewRequest review(Map<String, String> given) throws SettingException {
        return Parameters.review(
                new Parameters.ReviewValues(
                        given.get("rustfit.module"),
                        given.get("rustfit.decision"),
                        given.get("rustfit.rationale"),
                        given.get("rustfit.reviewers"),
                        given.get("rustfit.revisitBy")),
                new AnalysisRequest(ROOT, MODULES, Optional.empty(), false, false, 20, "test"),
                TODAY);
    }
}
