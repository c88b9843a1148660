package io.github.rustfit.core.manifest;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** Writes manifest values as YAML text, quoting only what needs quoting. */
public final class ReviewYaml {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@/+-]*");
    private static final Set<String> RESERVED =
            Set.of("yes", "no", "true", "false", "on", "off", "null", "y", "n", "~");

    private ReviewYaml() {}

    /** The lines of a {@code review:} block, indented relative to its key. */
    public static List<String> block(Review review) {
        List<String> lines = new ArrayList<>();
        lines.add("review:");
        lines.add("  decision: " + review.decision().yamlName());
        lines.add("  rationale: " + quoted(review.rationale() == null ? "" : review.rationale()));
        lines.add("  reviewers: " + list(review.reviewers()));
        lines.add("  date: " + review.date());
        lines.add("  revisitBy: " + review.revisitBy());
        if (review.seen().verdict() != null) {
            lines.add("  verdict: " + review.seen().verdict().name());
        }
        if (review.seen().evidence() != null) {
            lines.add("  evidence: " + scalar(review.seen().evidence()));
        }
        if (review.seen().linesOfCode() != null) {
            lines.add("  linesOfCode: " + review.seen().linesOfCode());
        }
        if (review.seen().signals() != null) {
            if (review.seen().signals().isEmpty()) {
                lines.add("  signals: {}");
            } else {
                lines.add("  signals:");
                review.seen().signals().forEach((id, count) -> lines.add("    " + scalar(id) + ": " + count));
            }
        }
        if (review.seen().suppressed() != null && !review.seen().suppressed().isEmpty()) {
            lines.add("  suppressed:");
            review.seen().suppressed().forEach((id, count) -> lines.add("    " + scalar(id) + ": " + count));
        }
        return lines;
    }

    /** {@code [a, "b c"]}. */
    public static String list(List<String> values) {
        return values.stream().map(ReviewYaml::scalar).collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * The value plain when YAML reads it back as the same text, else double-quoted. Whether a plain
     * scalar is text is asked of the YAML library's own resolver, the one the manifest is read
     * with: {@code 0x1F}, {@code 1e5} or {@code 12:30} look like names but read as numbers.
     */
    public static String scalar(String value) {
        boolean plain = PLAIN.matcher(value).matches()
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT))
                && RESOLVER.resolve(NodeId.scalar, value, true).equals(Tag.STR);
        return plain ? value : quoted(value);
    }

    private static final Resolver RESOLVER = new Resolver();

    /**
     * A double-quoted scalar as the YAML library writes it: every character YAML would fold, read
     * as a line break or refuse raw (U+2028, NEL, C1 controls, DEL, U+FFFE, lone surrogates, ...)
     * is escaped, so the reader gives back exactly {@code value}. Always on one line.
     */
    static String quoted(String value) {
        StringWriter written = new StringWriter();
        try (YAMLGenerator yaml = QUOTING.createGenerator(written)) {
            yaml.writeString(value);
        } catch (IOException e) {
            throw new IllegalStateException("writing a string as YAML to memory cannot fail", e);
        }
        String text = written.toString();
        return text.substring(0, text.length() - 1); // the document's final line break
    }

    /** A JSON string literal; a lone surrogate, which UTF-8 cannot hold, is written as its escape. */
    static String jsonQuoted(String value) {
        return "\""
                + escapeLoneSurrogates(
                        new String(JsonStringEncoder.getInstance().quoteAsString(value))) + "\"";
    }

    /** JSON text with each lone surrogate (valid only inside strings) replaced by its escape. */
    static String escapeLoneSurrogates(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                            && i + 1 < json.length()
                            && Character.isLowSurrogate(json.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(json.charAt(i - 1));
            if (Character.isSurrogate(c) && !paired) {
                if (out == null) {
                    out = new StringBuilder(json.length() + 8).append(json, 0, i);
                }
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? json : out.toString();
    }

    /**
     * Text for a {@code #} comment: a character that would end the comment (any YAML line break)
     * or that YAML refuses raw is written as a visible escape, so no name can break out of it.
     */
    public static String comment(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (isCommentSafe(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(
                        c <= 0xFF
                                ? String.format(Locale.ROOT, "\\x%02x", c)
                                : String.format(Locale.ROOT, "\\u%04x", c));
            }
        });
        return out.toString();
    }

    /** YAML's printable characters (YAML 1.1, as SnakeYAML reads them) less its line breaks. */
    private static boolean isCommentSafe(int c) {
        return c == '\t'
                || (c >= 0x20 && c <= 0x7E)
                || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /**
     * Writes one string as a YAML document: double-quoted, on one line, with no document marker. A
     * factory, not a mapper: writing a string needs Jackson's streaming layer only.
     */
    private static final YAMLFactory QUOTING = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build();

    /** Prefixes each line and joins them with the line ending. */
    public static String indent(List<String> lines, String prefix, String eol) {
        return lines.stream().map(line -> prefix + line).collect(Collectors.joining(eol, "", eol));
    }

    /** {@code verdict KEEP, 120 lines of code, signals: a x2, b x1}: what a reviewer saw, in one line. */
    public static String evidenceSummary(io.github.rustfit.core.result.ModuleResult module) {
        return "verdict " + module.verdict() + ", " + module.sources().files().linesOfCode() + " lines of code"
                + (module.evidence().signals().isEmpty()
                        ? ", no signals"
                        : module.evidence().signals().stream()
                                .map(s -> s.id() + " x" + s.count())
                                .collect(java.util.stream.Collectors.joining(", ", ", signals: ", "")));
    }
}
