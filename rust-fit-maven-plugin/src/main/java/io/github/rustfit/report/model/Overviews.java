package io.github.rustfit.report.model;

import static io.github.rustfit.report.model.Labels.decimal;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.report.model.ReportModel.Fact;
import io.github.rustfit.report.model.ReportModel.ModuleRef;
import io.github.rustfit.report.model.ReportModel.ModuleView;
import io.github.rustfit.report.model.ReportModel.Overview;
import io.github.rustfit.report.model.ReportModel.ReviewSummary;
import io.github.rustfit.report.model.ReportModel.VerdictCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The summary section: verdict counts, candidates, files and reviews; and the run's facts. */
final class Overviews {

    private Overviews() {}

    /** @param modules the module views in page order */
    static Overview of(AnalysisResult result, List<ModuleView> modules) {
        var summary = result.summary();
        List<VerdictCount> counts = new ArrayList<>();
        Verdict[] verdicts = Verdict.values();
        double start = 0;
        for (int i = verdicts.length - 1; i >= 0; i--) {
            int count = summary.verdicts().getOrDefault(verdicts[i], 0);
            double width = summary.modules() == 0 ? 0 : 100.0 * count / summary.modules();
            counts.add(new VerdictCount(Labels.verdict(verdicts[i]), count, decimal(start), decimal(width)));
            start += width;
        }
        List<ModuleRef> candidates = modules.stream()
                .filter(module -> module.verdict().rank()
                        >= Labels.verdict(Verdict.CONSIDER).rank())
                .map(module -> new ModuleRef(
                        module.name(),
                        module.anchor(),
                        module.verdict(),
                        ModuleViews.NOT_COMPUTED.equals(module.margin()) ? null : module.margin()))
                .toList();
        var files = summary.files();
        String coverage =
                files.seen() == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * files.parsed() / files.seen());
        return new Overview(
                summary.modules(),
                counts,
                candidates,
                files.seen(),
                files.parsed(),
                files.failed(),
                String.format(Locale.ROOT, "%,d", files.linesOfCode()),
                coverage,
                reviewSummary(modules));
    }

    private static ReviewSummary reviewSummary(List<ModuleView> modules) {
        if (modules.stream().allMatch(module -> module.review() == null)) {
            return null;
        }
        int missing = 0;
        int stale = 0;
        int expired = 0;
        for (ModuleView module : modules) {
            if (module.review() != null) {
                switch (module.review().status()) {
                    case "missing", "incomplete" -> missing++;
                    case "stale" -> stale++;
                    case "expired" -> expired++;
                    default -> {}
                }
            }
        }
        return new ReviewSummary(missing, stale, expired);
    }

    static List<Fact> runFacts(AnalysisResult result) {
        var settings = result.settings();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Tool", result.tool() + " " + result.toolVersion()));
        facts.add(new Fact("Result schema", String.valueOf(result.schemaVersion())));
        if (settings != null) {
            facts.add(new Fact("Java language level", settings.languageLevel()));
            facts.add(new Fact("Test sources analysed", settings.includeTests() ? "yes" : "no"));
            facts.add(new Fact("Generated sources analysed", settings.includeGenerated() ? "yes" : "no"));
            facts.add(new Fact(
                    "Evidence kept per signal in rust-fit.json", String.valueOf(settings.maxEvidencePerSignal())));
        }
        facts.add(new Fact(
                "Evidence shown per signal in this report", String.valueOf(ModuleViews.EVIDENCE_SHOWN_PER_SIGNAL)));
        return facts;
    }
}
