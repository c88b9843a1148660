package io.github.rustfit.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a printed command as a POSIX shell reads one simple command pasted at its prompt, and
 * refuses everything that would make the shell do more than pass words to {@code mvn}: an unquoted
 * operator or redirection ({@code | & ; < > ( )}), an expansion ({@code $}, a backtick, a glob, a
 * leading {@code ~} or {@code #}, braces), history expansion ({@code !}, outside single quotes), a
 * line break or an unclosed quote. Where bash is installed, {@link #bashWords} has bash itself split
 * the command, to hold this reading to the real one.
 */
public final class ShellWords {

    private static final String OPERATORS = "|&;<>()";
    private static final String EXPANSIONS = "$`*?[]{}!";

    private ShellWords() {}

    /** The command's words, quotes removed; an {@link IllegalArgumentException} says what the shell would do. */
    public static List<String> of(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == ' ' || c == '\t') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                throw refused(command, i, "a line break ends the command");
            }
            if (OPERATORS.indexOf(c) >= 0) {
                throw refused(command, i, "'" + c + "' is an operator or a redirection");
            }
            if (EXPANSIONS.indexOf(c) >= 0) {
                throw refused(command, i, "'" + c + "' is expanded");
            }
            if (word == null && (c == '#' || c == '~')) {
                throw refused(command, i, "'" + c + "' at the start of a word is a comment or expanded");
            }
            if (word == null) {
                word = new StringBuilder();
            }
            if (c == '\\') {
                if (++i == command.length()) {
                    throw refused(command, i, "a backslash ends the command");
                }
                word.append(command.charAt(i));
            } else if (c == '\'') {
                int end = command.indexOf('\'', i + 1);
                if (end < 0) {
                    throw refused(command, i, "the single quote is never closed");
                }
                word.append(command, i + 1, end);
                i = end;
            } else if (c == '"') {
                i = doubleQuoted(command, i, word);
            } else {
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** Reads a double-quoted part from {@code start}; returns the index of its closing quote. */
    private static int doubleQuoted(String command, int start, StringBuilder word) {
        for (int i = start + 1; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c == '$' || c == '`' || c == '!') {
                throw refused(command, i, "'" + c + "' is expanded inside double quotes");
            }
            if (c == '\\' && i + 1 < command.length() && "$`\"\\".indexOf(command.charAt(i + 1)) >= 0) {
                c = command.charAt(++i);
            }
            word.append(c);
        }
        throw refused(command, start, "the double quote is never closed");
    }

    private static IllegalArgumentException refused(String command, int at, String why) {
        return new IllegalArgumentException("at " + at + ": " + why + ": " + command);
    }

    /** The {@code -Dname=value} properties among the words, in order. */
    public static Map<String, String> properties(List<String> words) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String word : words) {
            int equals = word.indexOf('=');
            if (word.startsWith("-D") && equals > 0) {
                properties.put(word.substring(2, equals), word.substring(equals + 1));
            }
        }
        return properties;
    }

    /**
     * The words bash makes of the command, when bash is installed: it first checks the command's
     * syntax ({@code bash -n}), then prints each word the command would pass to its program.
     */
    public static Optional<List<String>> bashWords(String command) throws IOException, InterruptedException {
        Optional<Path> bash = bash();
        if (bash.isEmpty()) {
            return Optional.empty();
        }
        Run syntax = run(bash.get().toString(), "-n", "-c", command);
        assertThat(syntax.exit())
                .as("bash -n -c %s: %s", command, syntax.output())
                .isZero();
        // the program's name becomes printf's format's argument: every word, the program's included
        Run split = run(bash.get().toString(), "-c", "printf '%s\\0' " + command);
        assertThat(split.exit())
                .as("bash -c printf %s: %s", command, split.output())
                .isZero();
        String output = split.output();
        return Optional.of(
                Arrays.asList(output.substring(0, output.length() - 1).split("\0", -1)));
    }

    private static Optional<Path> bash() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator))
                .map(directory -> Path.of(directory, "bash"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private record Run(int exit, String output) {}

    private static Run run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        process.getInputStream().transferTo(output);
        return new Run(process.waitFor(), output.toString(StandardCharsets.UTF_8));
    }
}
