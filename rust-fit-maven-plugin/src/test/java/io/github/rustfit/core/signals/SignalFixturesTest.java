package io.github.rustfit.core.signals;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import io.github.rustfit.core.parse.LanguageLevels;
import io.github.rustfit.core.parse.SourceParser;
import io.github.rustfit.core.signals.registry.SignalRegistry;
import io.github.rustfit.core.source.SourceLines;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every registered file signal over each fixture under {@code signal-fixtures/<family>/} and
 * checks that the findings are exactly the ones the fixture declares, line by line, with {@code //
 * expect: <signal-id>[, <signal-id>]} comments. A line without such a comment must trigger
 * nothing, so a near-miss is specified by leaving the comment out; an id repeated on one line means
 * that many occurrences.
 */
class SignalFixturesTest {

    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*(.+)$");

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void signals_find_exactly_what_the_fixture_expects(Path fixture) throws IOException {
        String text = Files.readString(fixture, StandardCharsets.UTF_8);
        assertThat(findings(text)).as("findings in %s", fixture.getFileName()).isEqualTo(expectations(text));
    }

    @Test
    void every_file_signal_is_specified_by_at_least_one_fixture() throws Exception {
        Set<String> expected = new HashSet<>();
        for (Path fixture : fixtures().toList()) {
            expectations(Files.readString(fixture, StandardCharsets.UTF_8))
                    .forEach(line -> expected.add(line.substring(line.indexOf(' ') + 1)));
        }
        assertThat(expected)
                .containsAll(
                        SignalRegistry.fileSignals().stream().map(Signal::id).toList());
    }

    /** {@code "<line> <signal-id>"} for every finding, sorted. */
    static List<String> findings(String text) {
        SourceParser.Outcome outcome = new SourceParser(LanguageLevels.newest()).parse(text);
        assertThat(outcome).as("the fixture parses").isInstanceOf(SourceParser.Outcome.Parsed.class);
        CompilationUnit unit = ((SourceParser.Outcome.Parsed) outcome).unit();
        SourceLines lines = new SourceLines(text);
        List<String> found = new ArrayList<>();
        for (Signal signal : SignalRegistry.fileSignals()) {
            Findings findings = new Findings(signal.id(), lines);
            signal.inspect(unit, findings);
            findings.found().forEach(finding -> found.add(finding.line() + " " + finding.signalId()));
        }
        found.sort(null);
        return found;
    }

    /** {@code "<line> <signal-id>"} for every id in an expect comment, sorted. */
    static List<String> expectations(String text) {
        String[] lines = text.split("\\R", -1);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = EXPECT.matcher(lines[i]);
            if (matcher.find()) {
                int line = i + 1;
                Arrays.stream(matcher.group(1).split(","))
                        .map(String::strip)
                        .filter(id -> !id.isEmpty())
                        .forEach(id -> expected.add(line + " " + id));
            }
        }
        expected.sort(null);
        return expected;
    }

    private static Path root() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(SignalFixturesTest.class.getResource("/signal-fixtures"))
                .toURI());
    }
}
