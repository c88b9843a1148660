package io.github.rustfit.core.manifest;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A glob over source paths relative to the execution root ({@code services/codec/src/main/java/...},
 * always with {@code /}), matched by the JDK's own glob matcher. {@code *} stays within a
 * directory, {@code **} crosses directories and, as in Ant, Git and every build tool's excludes,
 * {@code **}{@code /} also matches no directory at all: {@code **}{@code /generated/**} matches
 * {@code generated/Table.java} at the root too. The JDK's matcher needs at least one directory
 * there, so such a pattern is handed to it as a group of both forms.
 */
public final class FileGlob {

    // messages: the problem and its fix, after the value's path
    static final String EMPTY = "an empty pattern matches no file; expected a glob such as **/generated/**."
            + " Fix: write the pattern, or remove the empty element.";
    static final String BACKSLASH = "'%s' has a backslash; paths are matched with / between directories, on every"
            + " system. Fix: write '%s'.";
    static final String ABSOLUTE = "'%s' is an absolute path, and sources are matched by their path from the"
            + " execution root (such as services/codec/src/main/java/...). Fix: write the path from the execution"
            + " root, or start it with **/.";
    static final String DOT_SEGMENT = "'%s' has a '%s' directory, and source paths never do. Fix: write the path"
            + " from the execution root without ./ or ../ (or start it with **/).";
    static final String DIRECTORY = "'%s' ends with /, so it can only match a directory, never a source file."
            + " Fix: write '%s**' to match every file under it.";
    static final String SYNTAX = "'%s' is not a valid glob: %s at character %d. Fix: close the bracket or brace,"
            + " or remove the character.";
    static final String NOT_JAVA = "'%s' can only match %s, and the analysis reads only .java files. Fix: %s.";

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final Pattern LITERAL_EXTENSION = Pattern.compile(".*\\.([^*?\\[\\]{}.]+)$");

    private final String pattern;
    private final PathMatcher matcher;

    private FileGlob(String pattern, PathMatcher matcher) {
        this.pattern = pattern;
        this.matcher = matcher;
    }

    /**
     * The glob of {@code pattern}.
     *
     * @throws IllegalArgumentException when {@link #problem} finds one
     */
    public static FileGlob of(String pattern) {
        Optional<String> problem = problem(pattern);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return new FileGlob(pattern, FileSystems.getDefault().getPathMatcher("glob:" + forJdk(pattern)));
    }

    /**
     * Why {@code pattern} cannot match any analysed source file, with the fix; empty when it can.
     * Catches what can be told from the pattern alone: bad syntax, absolute paths, backslashes,
     * {@code ./} and {@code ../}, a trailing {@code /}, and patterns that can only match files that
     * are not Java sources.
     */
    public static Optional<String> problem(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return Optional.of(EMPTY);
        }
        if (pattern.indexOf('\\') >= 0) {
            return Optional.of(String.format(Locale.ROOT, BACKSLASH, pattern, pattern.replace('\\', '/')));
        }
        if (pattern.startsWith("/") || DRIVE.matcher(pattern).matches()) {
            return Optional.of(String.format(Locale.ROOT, ABSOLUTE, pattern));
        }
        for (String segment : pattern.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of(String.format(Locale.ROOT, DOT_SEGMENT, pattern, segment));
            }
        }
        if (pattern.endsWith("/")) {
            return Optional.of(String.format(Locale.ROOT, DIRECTORY, pattern, pattern));
        }
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + forJdk(pattern));
        } catch (PatternSyntaxException e) {
            return Optional.of(
                    String.format(Locale.ROOT, SYNTAX, pattern, e.getDescription(), Math.max(0, e.getIndex()) + 1));
        }
        String last = pattern.substring(pattern.lastIndexOf('/') + 1);
        if (!hasWildcard(last) && !last.endsWith(".java")) {
            String fix = "write '" + pattern + "/**' to match every file under the directory " + pattern
                    + ", or name the .java file";
            return Optional.of(String.format(Locale.ROOT, NOT_JAVA, pattern, "the file or directory " + last, fix));
        }
        var extension = LITERAL_EXTENSION.matcher(last);
        if (extension.matches() && !extension.group(1).equals("java")) {
            String java =
                    pattern.substring(0, pattern.length() - extension.group(1).length()) + "java";
            return Optional.of(String.format(
                    Locale.ROOT, NOT_JAVA, pattern, "." + extension.group(1) + " files", "write '" + java + "'"));
        }
        return Optional.empty();
    }

    /** True when the source at {@code relativePath} (from the execution root, with {@code /}) matches. */
    public boolean matches(String relativePath) {
        return matcher.matches(Path.of(relativePath));
    }

    /** The pattern as written. */
    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    private static boolean hasWildcard(String text) {
        return text.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /**
     * The pattern for the JDK's matcher: each {@code **}{@code /} that starts the pattern or
     * follows a {@code /} may also stand for no directory. A pattern with its own groups or escapes
     * is passed as written, since the JDK's groups do not nest.
     */
    private static String forJdk(String pattern) {
        if (pattern.indexOf('{') >= 0 || pattern.indexOf('\\') >= 0) {
            return pattern;
        }
        String collapsed = pattern;
        while (collapsed.contains("**/**/")) {
            collapsed = collapsed.replace("**/**/", "**/");
        }
        String rewritten = collapsed.replace("/**/", "{/**/,/}");
        return rewritten.startsWith("**/") ? "{**/,}" + rewritten.substring(3) : rewritten;
    }
}
