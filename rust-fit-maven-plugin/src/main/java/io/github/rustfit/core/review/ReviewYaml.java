package io.github.rustfit.core.review;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.rustfit.core.manifest.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Writes manifest values as YAML text, quoting only what needs quoting. */
final class ReviewYaml {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@/+-]*");
    private static final Set<String> RESERVED =
            Set.of("yes", "no", "true", "false", "on", "off", "null", "y", "n", "~");

    private ReviewYaml() {}

    /** The lines of a {@code review:} block, indented relative to its key. */
    static List<String> block(Review review) {
        List<String> lines = new ArrayList<>();
        lines.add("review:");
        lines.add("  decision: " + review.decision().yamlName());
        lines.add("  rationale: " + quoted(review.rationale() == null ? "" : review.rationale()));
        lines.add("  reviewers: " + list(review.reviewers()));
        lines.add("  date: " + review.date());
        lines.add("  revisitBy: " + review.revisitBy());
        if (review.verdict() != null) {
            lines.add("  verdict: " + review.verdict().name());
        }
        if (review.evidence() != null) {
            lines.add("  evidence: " + scalar(review.evidence()));
        }
        if (review.linesOfCode() != null) {
            lines.add("  linesOfCode: " + review.linesOfCode());
        }
        if (review.signals() != null) {
            if (review.signals().isEmpty()) {
                lines.add("  signals: {}");
            } else {
                lines.add("  signals:");
                review.signals().forEach((id, count) -> lines.add("    " + scalar(id) + ": " + count));
            }
        }
        return lines;
    }

    /** {@code [a, "b c"]}. */
    static String list(List<String> values) {
        return values.stream().map(ReviewYaml::scalar).collect(Collectors.joining(", ", "[", "]"));
    }

    /** The value plain when YAML reads it back as the same text, else double-quoted. */
    static String scalar(String value) {
        boolean plain = PLAIN.matcher(value).matches()
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT))
                && !value.matches("[0-9][0-9._+-]*");
        return plain ? value : quoted(value);
    }

    /** A double-quoted scalar; JSON escapes are valid in YAML's double-quoted style. */
    static String quoted(String value) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }

    /** Prefixes each line and joins them with the line ending. */
    static String indent(List<String> lines, String prefix, String eol) {
        return lines.stream().map(line -> prefix + line).collect(Collectors.joining(eol, "", eol));
    }

    /** {@code verdict KEEP, 120 lines of code, signals: a x2, b x1}: what a reviewer saw, in one line. */
    static String evidenceSummary(io.github.rustfit.core.result.ModuleResult module) {
        return "verdict " + module.verdict() + ", " + module.files().linesOfCode() + " lines of code"
                + (module.signals().isEmpty()
                        ? ", no signals"
                        : module.signals().stream()
                                .map(s -> s.id() + " x" + s.count())
                                .collect(java.util.stream.Collectors.joining(", ", ", signals: ", "")));
    }
}
