package io.github.rustfit.core.manifest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Records one review in a manifest by splicing text: only the {@code review} block of the one
 * component changes (or is added, or a component for the module is appended). Every other
 * byte (comments, key order, quoting, line endings) stays as it was. The parser's token locations
 * find the block; the edited text is read back before it is returned, so a broken manifest is
 * never produced.
 */
public final class ManifestEditor {

    /** A value holding half a surrogate pair: UTF-8, and so the manifest, cannot hold it. */
    public static final String LONE_SURROGATE = "%s holds U+%04X, half of a UTF-16 surrogate pair without its other"
            + " half, which no manifest file can hold; remove that character and record the review again.";

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private ManifestEditor() {}

    /**
     * The manifest text with the review recorded for the component covering the module.
     *
     * @param file the manifest's path (it need not exist), for the format and for messages
     * @param manifest the manifest as read, empty when the file does not exist
     * @param text the manifest's text, empty when the file does not exist
     * @param artifactId the reviewed module's artifactId
     * @param path the reviewed module's path
     * @param review the review to record
     */
    public static String recordReview(
            Path file, Optional<Manifest> manifest, String text, String artifactId, String path, Review review)
            throws ManifestException, ReviewValueException {
        // a byte order mark is kept as the file had it, and kept out of the way of lines and columns
        if (text.startsWith(BYTE_ORDER_MARK)) {
            return BYTE_ORDER_MARK + recordReview(file, manifest, text.substring(1), artifactId, path, review);
        }
        requireWritable(review.rationale(), "rustfit.rationale");
        for (String reviewer : review.reviewers()) {
            requireWritable(reviewer, "rustfit.reviewers");
        }
        boolean json = ManifestReader.isJsonFile(file);
        String edited;
        if (manifest.isEmpty()) {
            edited = json
                    ? "{\n  \"version\": 1,\n  \"components\": [\n    "
                            + JsonReview.component(artifactId, artifactId, review, "      ", "    ", "\n")
                            + "\n  ]\n}\n"
                    : "version: 1\ncomponents:\n" + newComponent(artifactId, artifactId, review, "  - ", "\n");
        } else if (json) {
            edited = JsonReview.splice(file, manifest.get(), text, artifactId, path, review);
        } else {
            edited = splice(file, manifest.get(), text, artifactId, path, review);
        }
        Manifest reread = ManifestReader.parse(file, edited);
        Optional<Component> component = reread.componentFor(artifactId, path);
        if (component.isEmpty() || !review.equals(component.get().review())) {
            throw new ManifestException(
                    file,
                    Location.UNKNOWN,
                    "the review could not be placed without changing other content; record it by hand:\n"
                            + String.join("\n", ReviewYaml.block(review)),
                    null);
        }
        return edited;
    }

    /**
     * Every other character can be written (escaped where YAML or JSON needs it) and reads back
     * as given; a lone surrogate cannot even be encoded as UTF-8.
     */
    private static void requireWritable(String value, String parameter) throws ReviewValueException {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new ReviewValueException(String.format(Locale.ROOT, LONE_SURROGATE, parameter, (int) c));
            }
        }
    }

    private static String splice(
            Path file, Manifest manifest, String text, String artifactId, String path, Review review)
            throws ManifestException {
        Lines lines = new Lines(text);
        Optional<Component> covering = manifest.componentFor(artifactId, path);
        if (covering.isPresent()) {
            return intoComponent(file, manifest, lines, covering.get(), review);
        }
        if (manifest.components().isEmpty()) {
            return firstComponent(file, manifest, lines, artifactId, path, review);
        }
        Component last = manifest.components().get(manifest.components().size() - 1);
        Location first = manifest.locationOf(last);
        requireBlockStyle(file, lines, first, last.name());
        int start = first.line() - 1;
        String linePrefix = lines.before(start, first.column());
        int indent = linePrefix.length();
        String itemPrefix = linePrefix.strip().equals("-") ? linePrefix : " ".repeat(Math.max(0, indent - 2)) + "- ";
        int end = lastLineWithComments(lines, start, indent);
        String item = newComponent(newName(manifest, artifactId, path), artifactId, review, itemPrefix, lines.eol);
        lines.insertAfter(end, itemLines(item, lines.eol));
        return lines.text();
    }

    /** The review written into the component covering the module: its review block replaced, or added. */
    private static String intoComponent(Path file, Manifest manifest, Lines lines, Component component, Review review)
            throws ManifestException {
        requireBlockStyle(file, lines, manifest.locationOf(component), component.name());
        // a review key that is there but empty (review:, review: ~) is filled in, not added again
        boolean reviewKey = manifest.locations()
                .containsKey("/components/" + manifest.components().indexOf(component) + "/review");
        if (reviewKey) {
            Location key = manifest.locationOf(component, "review");
            int start = key.line() - 1;
            String prefix = lines.before(start, key.column());
            int indent = prefix.length();
            int end = lastLineOfBlock(lines, start, indent + 1);
            List<String> block = new ArrayList<>();
            List<String> reviewLines = ReviewYaml.block(review);
            block.add(prefix + reviewLines.get(0));
            reviewLines.subList(1, reviewLines.size()).forEach(line -> block.add(" ".repeat(indent) + line));
            lines.replace(start, end, block);
            return lines.text();
        }
        Location first = manifest.locationOf(component);
        int start = first.line() - 1;
        int indent = lines.before(start, first.column()).length();
        int end = lastLineWithComments(lines, start, indent);
        List<String> block = new ArrayList<>();
        ReviewYaml.block(review).forEach(line -> block.add(" ".repeat(indent) + line));
        lines.insertAfter(end, block);
        return lines.text();
    }

    /** The first component of a manifest that has none yet, under its components key (made if missing). */
    private static String firstComponent(
            Path file, Manifest manifest, Lines lines, String artifactId, String path, Review review)
            throws ManifestException {
        Location key = manifest.locations().get("/components");
        String item = newComponent(newName(manifest, artifactId, path), artifactId, review, "  - ", lines.eol);
        if (key == null) {
            lines.append(List.of("components:"));
            return lines.text() + item;
        }
        int line = key.line() - 1;
        if (!lines.content(line).strip().matches("components:\\s*(\\[\\s*\\])?\\s*(#.*)?")) {
            throw new ManifestException(
                    file, key, "'components' is not written as a plain block list; add the component by hand.", null);
        }
        lines.replace(line, line, List.of("components:"));
        lines.insertAfter(line, itemLines(item, lines.eol));
        return lines.text();
    }

    private static List<String> itemLines(String item, String eol) {
        return List.of(item.substring(0, item.length() - eol.length()).split(Pattern.quote(eol)));
    }

    /**
     * The name of a component added for a module: its artifactId, or its path or a numbered
     * artifactId when a component of that name (covering other modules) is already there.
     */
    static String newName(Manifest manifest, String artifactId, String path) {
        Set<String> taken = new HashSet<>();
        manifest.components().forEach(component -> taken.add(component.name()));
        if (!taken.contains(artifactId)) {
            return artifactId;
        }
        if (!path.isBlank() && !taken.contains(path)) {
            return path;
        }
        String name = artifactId;
        for (int n = 2; taken.contains(name); n++) {
            name = artifactId + "-" + n;
        }
        return name;
    }

    private static String newComponent(String name, String artifactId, Review review, String itemPrefix, String eol) {
        String continuation = " ".repeat(itemPrefix.length());
        List<String> lines = new ArrayList<>();
        lines.add(itemPrefix + "name: " + ReviewYaml.scalar(name));
        lines.add(continuation + "modules: " + ReviewYaml.list(List.of(artifactId)));
        ReviewYaml.block(review).forEach(line -> lines.add(continuation + line));
        return String.join(eol, lines) + eol;
    }

    private static void requireBlockStyle(Path file, Lines lines, Location first, String name)
            throws ManifestException {
        String line = lines.content(first.line() - 1);
        String before = lines.before(first.line() - 1, first.column());
        boolean flow = line.startsWith("{", before.length());
        if (flow || (!before.isBlank() && !before.strip().equals("-"))) {
            throw new ManifestException(
                    file,
                    first,
                    "component '" + name + "' is written in flow style ({...}); rewrite it as a block (one key per"
                            + " line) so rust-fit:review can add its review.",
                    null);
        }
    }

    /**
     * The last line of the block starting at {@code start} whose content lines are indented at
     * least {@code minIndent}; trailing blank and comment lines stay outside.
     */
    private static int lastLineOfBlock(Lines lines, int start, int minIndent) {
        int end = start;
        for (int i = start + 1; i < lines.size(); i++) {
            String content = lines.content(i);
            String stripped = content.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            if (indentOf(content) < minIndent || stripped.equals("---") || stripped.equals("...")) {
                break;
            }
            end = i;
        }
        return end;
    }

    /**
     * The last line of the block starting at {@code start}, as {@link #lastLineOfBlock}, together
     * with the comment lines that follow it indented at least {@code minIndent} (blank lines between
     * them included): they belong to the block, as init's commented-out keys belong to their
     * component, and what is inserted after the block goes below them. A comment indented less
     * ends them: it introduces what comes next.
     */
    private static int lastLineWithComments(Lines lines, int start, int minIndent) {
        int end = start;
        boolean trailing = true;
        for (int i = start + 1; i < lines.size(); i++) {
            String content = lines.content(i);
            String stripped = content.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            boolean deep = indentOf(content) >= minIndent;
            if (stripped.startsWith("#")) {
                trailing &= deep;
                if (trailing) {
                    end = i;
                }
                continue;
            }
            if (!deep || stripped.equals("---") || stripped.equals("...")) {
                break;
            }
            end = i;
            trailing = true;
        }
        return end;
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * The line ending most lines of the text end with ({@code \r\n}, {@code \n} or a lone
     * {@code \r}, the first one met on a tie), {@code \n} for a text of one line.
     */
    static String lineEnding(String text) {
        int crlf = 0;
        int lf = 0;
        int cr = 0;
        String first = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String ending = null;
            if (c == '\r') {
                boolean pair = i + 1 < text.length() && text.charAt(i + 1) == '\n';
                ending = pair ? "\r\n" : "\r";
                if (pair) {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                ending = "\n";
                lf++;
            }
            if (first == null) {
                first = ending;
            }
        }
        if (first == null) {
            return "\n";
        }
        int most = Math.max(crlf, Math.max(lf, cr));
        int firstCount = first.equals("\r\n") ? crlf : first.equals("\n") ? lf : cr;
        if (firstCount == most) {
            return first;
        }
        return crlf == most ? "\r\n" : lf == most ? "\n" : "\r";
    }

    /**
     * A text as lines that keep their own terminators, so untouched lines stay byte-identical. A
     * line ends where the YAML parser's line count moves on (CR LF, LF, a lone CR, NEL, U+2028,
     * U+2029), so the parser's line numbers index these lines.
     */
    private static final class Lines {
        private final List<String> lines = new ArrayList<>();
        final String eol;

        Lines(String text) {
            eol = lineEnding(text);
            int from = 0;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i += 2;
                } else if (isLineBreak(c)) {
                    i++;
                } else {
                    i++;
                    continue;
                }
                lines.add(text.substring(from, i));
                from = i;
            }
            if (from < text.length()) {
                lines.add(text.substring(from));
            }
        }

        private static boolean isLineBreak(char c) {
            return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        }

        int size() {
            return lines.size();
        }

        String content(int index) {
            String line = lines.get(index);
            if (line.endsWith("\r\n")) {
                return line.substring(0, line.length() - 2);
            }
            return !line.isEmpty() && isLineBreak(line.charAt(line.length() - 1))
                    ? line.substring(0, line.length() - 1)
                    : line;
        }

        /** The text of a line before a parser column (1-based, counted in code points). */
        String before(int index, int column) {
            String content = content(index);
            int codePoints = Math.min(column - 1, content.codePointCount(0, content.length()));
            return content.substring(0, content.offsetByCodePoints(0, codePoints));
        }

        void replace(int start, int end, List<String> replacement) {
            String lastEnding = terminator(end);
            for (int i = end; i >= start; i--) {
                lines.remove(i);
            }
            List<String> added = new ArrayList<>();
            for (int i = 0; i < replacement.size(); i++) {
                added.add(replacement.get(i) + (i == replacement.size() - 1 ? lastEnding : eol));
            }
            lines.addAll(start, added);
        }

        void insertAfter(int index, List<String> inserted) {
            String ending = terminator(index);
            if (ending.isEmpty()) {
                lines.set(index, lines.get(index) + eol);
            }
            List<String> added = new ArrayList<>();
            for (int i = 0; i < inserted.size(); i++) {
                added.add(inserted.get(i) + (i == inserted.size() - 1 && ending.isEmpty() ? "" : eol));
            }
            lines.addAll(index + 1, added);
        }

        void append(List<String> appended) {
            if (!lines.isEmpty() && terminator(lines.size() - 1).isEmpty()) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + eol);
            }
            appended.forEach(line -> lines.add(line + eol));
        }

        private String terminator(int index) {
            String line = lines.get(index);
            return line.substring(content(index).length());
        }

        String text() {
            return String.join("", lines);
        }
    }
}
