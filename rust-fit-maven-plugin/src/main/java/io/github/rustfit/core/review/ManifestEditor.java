package io.github.rustfit.core.review;

import io.github.rustfit.core.manifest.Component;
import io.github.rustfit.core.manifest.Location;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.manifest.ManifestException;
import io.github.rustfit.core.manifest.ManifestReader;
import io.github.rustfit.core.manifest.Review;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records one review in a manifest by splicing text: only the {@code review} block of the one
 * component changes (or is added, or a component for the module is appended). Every other
 * byte (comments, key order, quoting, line endings) stays as it was. The parser's token locations
 * find the block; the edited text is read back before it is returned, so a broken manifest is
 * never produced.
 */
public final class ManifestEditor {

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
            throws ManifestException {
        boolean json = ManifestReader.isJsonFile(file);
        String edited;
        if (manifest.isEmpty()) {
            edited = json
                    ? "{\n  \"version\": 1,\n  \"components\": [\n    "
                            + JsonReview.component(artifactId, review, "      ", "    ", "\n") + "\n  ]\n}\n"
                    : "version: 1\ncomponents:\n" + newComponent(artifactId, review, "  - ", "\n");
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

    private static String splice(
            Path file, Manifest manifest, String text, String artifactId, String path, Review review)
            throws ManifestException {
        Lines lines = new Lines(text);
        Optional<Component> covering = manifest.componentFor(artifactId, path);
        if (covering.isPresent()) {
            Component component = covering.get();
            requireBlockStyle(file, lines, manifest.locationOf(component), component.name());
            if (component.review() != null) {
                Location key = manifest.locationOf(component, "review");
                int start = key.line() - 1;
                int indent = key.column() - 1;
                String prefix = lines.content(start).substring(0, indent);
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
            int indent = first.column() - 1;
            int end = lastLineOfBlock(lines, start, indent);
            List<String> block = new ArrayList<>();
            ReviewYaml.block(review).forEach(line -> block.add(" ".repeat(indent) + line));
            lines.insertAfter(end, block);
            return lines.text();
        }
        List<Component> components = manifest.components();
        if (components.isEmpty()) {
            Location key = manifest.locations().get("/components");
            String item = newComponent(artifactId, review, "  - ", lines.eol);
            if (key == null) {
                lines.append(List.of("components:"));
                return lines.text() + item;
            }
            int line = key.line() - 1;
            if (!lines.content(line).strip().matches("components:\\s*(\\[\\s*\\])?\\s*(#.*)?")) {
                throw new ManifestException(
                        file,
                        key,
                        "'components' is not written as a plain block list; add the component by hand.",
                        null);
            }
            lines.replace(line, line, List.of("components:"));
            lines.insertAfter(
                    line,
                    List.of(item.substring(0, item.length() - lines.eol.length())
                            .split(lines.eol)));
            return lines.text();
        }
        Component last = components.get(components.size() - 1);
        Location first = manifest.locationOf(last);
        requireBlockStyle(file, lines, first, last.name());
        int start = first.line() - 1;
        int indent = first.column() - 1;
        String linePrefix = lines.content(start).substring(0, indent);
        String itemPrefix = linePrefix.strip().equals("-") ? linePrefix : " ".repeat(Math.max(0, indent - 2)) + "- ";
        int end = lastLineOfBlock(lines, start, indent);
        String item = newComponent(artifactId, review, itemPrefix, lines.eol);
        lines.insertAfter(
                end,
                List.of(item.substring(0, item.length() - lines.eol.length()).split(lines.eol)));
        return lines.text();
    }

    private static String newComponent(String artifactId, Review review, String itemPrefix, String eol) {
        String continuation = " ".repeat(itemPrefix.length());
        List<String> lines = new ArrayList<>();
        lines.add(itemPrefix + "name: " + ReviewYaml.scalar(artifactId));
        lines.add(continuation + "modules: " + ReviewYaml.list(List.of(artifactId)));
        ReviewYaml.block(review).forEach(line -> lines.add(continuation + line));
        return String.join(eol, lines) + eol;
    }

    private static void requireBlockStyle(Path file, Lines lines, Location first, String name)
            throws ManifestException {
        String line = lines.content(first.line() - 1);
        String before = line.substring(0, first.column() - 1);
        boolean flow = line.startsWith("{", first.column() - 1);
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

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** A text as lines that keep their own terminators, so untouched lines stay byte-identical. */
    private static final class Lines {
        private final List<String> lines = new ArrayList<>();
        final String eol;

        Lines(String text) {
            eol = text.contains("\r\n") ? "\r\n" : "\n";
            int from = 0;
            while (from < text.length()) {
                int newline = text.indexOf('\n', from);
                int to = newline < 0 ? text.length() : newline + 1;
                lines.add(text.substring(from, to));
                from = to;
            }
        }

        int size() {
            return lines.size();
        }

        String content(int index) {
            String line = lines.get(index);
            return line.endsWith("\r\n")
                    ? line.substring(0, line.length() - 2)
                    : line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
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
