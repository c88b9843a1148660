package io.github.rustfit.report.markdown;

import io.github.rustfit.core.io.AtomicFiles;
import io.github.rustfit.report.model.ReportModel;
import io.github.rustfit.report.model.ReportModel.Comparison;
import io.github.rustfit.report.model.ReportModel.ModuleRef;
import io.github.rustfit.report.model.ReportModel.Overview;
import io.github.rustfit.report.model.ReportModel.SuppressionView;
import io.github.rustfit.report.model.ReportModel.VerdictCount;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Renders the report model as a short Markdown summary ({@code summary.md}), sized for a CI job
 * summary or a pull-request comment: verdict counts, candidates, the boundary of each candidate's
 * extraction plan, review problems, the evidence suppressions set aside, parse coverage and, when an
 * earlier result was given, what changed. Every value goes through {@link #text}, so a module name
 * cannot inject Markdown or HTML.
 */
public final class MarkdownSummary {

    /** The summary's file name inside the output directory. */
    public static final String FILE_NAME = "summary.md";

    /** Longest list printed before the rest is counted, so the summary stays short. */
    static final int MAX_ITEMS = 15;

    private MarkdownSummary() {}

    /** The summary's Markdown text. */
    public static String render(ReportModel model) {
        Overview overview = model.overview();
        StringBuilder out = new StringBuilder();
        out.append("## rust-fit: ").append(headline(overview)).append("\n\n");
        verdicts(overview, out);
        candidates(overview, out);
        plans(model.plans(), out);
        reviews(model, out);
        suppressions(model.suppressions(), out);
        parseCoverage(overview, out);
        if (model.comparison() != null) {
            out.append('\n');
            since(model.comparison(), out);
        }
        return out.toString();
    }

    /** Writes the summary atomically. */
    public static void write(ReportModel model, Path file) throws IOException {
        AtomicFiles.writeString(file, render(model));
    }

    /** The table of how many modules got each verdict. */
    private static void verdicts(Overview overview, StringBuilder out) {
        out.append("| Verdict | Modules |\n|---|---:|\n");
        for (VerdictCount count : overview.verdicts()) {
            out.append("| ")
                    .append(text(count.verdict().label()))
                    .append(" | ")
                    .append(count.count())
                    .append(" |\n");
        }
        out.append('\n');
    }

    /** One line naming the candidates, each with its verdict and margin. */
    private static void candidates(Overview overview, StringBuilder out) {
        out.append("**Candidates:** ")
                .append(
                        overview.candidates().isEmpty()
                                ? "none"
                                : list(
                                        overview.candidates(),
                                        ref -> code(ref.name()) + " ("
                                                + text(ref.verdict().label())
                                                + (ref.margin() == null ? "" : ", margin " + text(ref.margin()))
                                                + ")"))
                .append("\n\n");
    }

    /** One item per extraction plan, up to {@link #MAX_ITEMS}: where it cuts and the advice. */
    private static void plans(List<ReportModel.PlanLine> plans, StringBuilder out) {
        if (plans.isEmpty()) {
            return;
        }
        out.append("**Extraction plans:**\n\n");
        for (int i = 0; i < Math.min(plans.size(), MAX_ITEMS); i++) {
            ReportModel.PlanLine plan = plans.get(i);
            out.append("- ")
                    .append(code(plan.module()))
                    .append(" (")
                    .append(text(plan.verdict().label()))
                    .append("): ")
                    .append(plan.boundary().equals("none") ? "no cut" : "**" + text(plan.boundary()) + "** boundary")
                    .append(plan.boundary().equals("none") ? "" : ", " + text(plan.summary()))
                    .append(": ")
                    .append(text(plan.advice()))
                    .append('\n');
        }
        if (plans.size() > MAX_ITEMS) {
            out.append("- and ").append(plans.size() - MAX_ITEMS).append(" more in the report\n");
        }
        out.append('\n');
    }

    /** One line of review problems, or how to start recording reviews when there are none. */
    private static void reviews(ReportModel model, StringBuilder out) {
        Overview overview = model.overview();
        out.append("**Reviews:** ");
        if (overview.reviews() == null) {
            out.append("no review data (no component manifests yet; run ")
                    .append(code(model.initCommand()))
                    .append(")");
        } else {
            out.append(overview.reviews().missing())
                    .append(" missing, ")
                    .append(overview.reviews().stale())
                    .append(" stale, ")
                    .append(overview.reviews().expired())
                    .append(" expired");
        }
        out.append("\n\n");
    }

    /** One line: how many of the files seen were parsed, and how many did not parse. */
    private static void parseCoverage(Overview overview, StringBuilder out) {
        out.append("**Parse coverage:** ")
                .append(overview.filesParsed())
                .append(" of ")
                .append(overview.filesSeen())
                .append(" files (")
                .append(text(overview.parseCoverage()))
                .append(')');
        if (overview.filesFailed() > 0) {
            out.append("; ").append(overview.filesFailed()).append(" did not parse");
        }
        out.append("\n");
    }

    /** One line: how much the manifest's suppressions set aside, and which set nothing aside. */
    private static void suppressions(List<SuppressionView> suppressions, StringBuilder out) {
        if (suppressions.isEmpty()) {
            return;
        }
        int occurrences =
                suppressions.stream().mapToInt(SuppressionView::occurrences).sum();
        List<SuppressionView> unused =
                suppressions.stream().filter(SuppressionView::unused).toList();
        out.append("**Suppressions:** ")
                .append(suppressions.size())
                .append(suppressions.size() == 1 ? " suppression" : " suppressions")
                .append(" set aside ")
                .append(occurrences)
                .append(occurrences == 1 ? " occurrence" : " occurrences");
        List<SuppressionView> used =
                suppressions.stream().filter(s -> !s.unused()).toList();
        if (!used.isEmpty()) {
            out.append(" (")
                    .append(list(used, s -> code(s.what()) + " " + s.occurrences() + " at " + code(s.at())))
                    .append(')');
        }
        if (!unused.isEmpty()) {
            out.append("; unused (set nothing aside): ").append(list(unused, s -> code(s.at())));
        }
        out.append("\n\n");
    }

    private static String headline(Overview overview) {
        int strong = count(overview, "STRONG_CANDIDATE");
        int consider = count(overview, "CONSIDER");
        int keep = count(overview, "KEEP");
        return strong + " strong candidate" + (strong == 1 ? "" : "s") + ", " + consider + " to consider, " + keep
                + " to keep (" + overview.modules() + " module" + (overview.modules() == 1 ? "" : "s") + ")";
    }

    private static int count(Overview overview, String verdict) {
        return overview.verdicts().stream()
                .filter(count -> count.verdict().key().equals(verdict))
                .mapToInt(VerdictCount::count)
                .sum();
    }

    private static void since(Comparison comparison, StringBuilder out) {
        out.append("### Since last time\n\n");
        if (comparison.settingsNote() != null) {
            out.append("> **Note:** ").append(text(comparison.settingsNote())).append("\n\n");
        }
        if (comparison.unchanged()) {
            out.append("Nothing changed: same candidates, same verdicts, same signal counts.\n");
            return;
        }
        Function<ModuleRef, String> ref =
                module -> code(module.name()) + " (" + text(module.verdict().label()) + ")";
        out.append("- New candidates: ")
                .append(orNone(comparison.newCandidates(), ref))
                .append('\n');
        out.append("- Dropped candidates: ")
                .append(orNone(comparison.droppedCandidates(), ref))
                .append('\n');
        out.append("- Verdict changes: ")
                .append(orNone(
                        comparison.verdictChanges(),
                        change ->
                                code(change.module()) + " " + text(change.from().label()) + " → "
                                        + text(change.to().label())))
                .append('\n');
        out.append("- Signals that rose or fell: ")
                .append(orNone(
                        comparison.signalChanges(),
                        change -> code(change.module()) + " " + code(change.signal()) + " " + change.before() + " → "
                                + change.after()))
                .append('\n');
        if (!comparison.addedModules().isEmpty()) {
            out.append("- New modules: ")
                    .append(list(comparison.addedModules(), MarkdownSummary::code))
                    .append('\n');
        }
        if (!comparison.removedModules().isEmpty()) {
            out.append("- Modules gone: ")
                    .append(list(comparison.removedModules(), MarkdownSummary::code))
                    .append('\n');
        }
    }

    private static <T> String orNone(List<T> items, Function<T, String> format) {
        return items.isEmpty() ? "none" : list(items, format);
    }

    private static <T> String list(List<T> items, Function<T, String> format) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(items.size(), MAX_ITEMS); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(format.apply(items.get(i)));
        }
        if (items.size() > MAX_ITEMS) {
            out.append(" and ").append(items.size() - MAX_ITEMS).append(" more");
        }
        return out.toString();
    }

    /**
     * Plain text: every character Markdown or HTML could read as markup is escaped. Parentheses and
     * exclamation marks stay as written: they make a link or an image only after a bracket, and
     * brackets are escaped.
     */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '#', '|', '~' ->
                    out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A code span that shows {@code value} as it is. CommonMark closes a code span only at a
     * backtick run as long as the one that opened it, so the fence is one backtick longer than the
     * longest run inside the value. A space pads both ends when the value holds a backtick (one at
     * either end would otherwise join the fence) or starts and ends with a space: CommonMark strips
     * one space from each end when both ends have one, which takes the padding off again. Inside a code span nothing is markup: no HTML, link or
     * emphasis. Line breaks become spaces, as CommonMark would render them.
     */
    static String code(String value) {
        String flat = value.replace('\n', ' ').replace('\r', ' ');
        int longest = 0;
        int run = 0;
        for (int i = 0; i < flat.length(); i++) {
            run = flat.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        if (flat.isEmpty()) {
            return "` `";
        }
        boolean pad = longest > 0 || (flat.startsWith(" ") && flat.endsWith(" ") && !flat.isBlank());
        String padding = pad ? " " : "";
        return fence + padding + flat + padding + fence;
    }
}
