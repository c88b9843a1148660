package io.github.rustfit.report.model;

import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.manifest.ManifestCommands;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.report.model.ReportModel.CriterionColumn;
import io.github.rustfit.report.model.ReportModel.Fact;
import io.github.rustfit.report.model.ReportModel.ModuleRef;
import io.github.rustfit.report.model.ReportModel.ModuleView;
import io.github.rustfit.report.model.ReportModel.ProblemView;
import io.github.rustfit.report.model.ReportModel.VerdictView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link ReportModel} from an analysis result, and optionally an earlier one. Each
 * section has its own builder: {@link Overviews} (summary and run facts), {@link ModuleViews} (the
 * modules and their evidence), {@link FitChart} (the rule's map), {@link ReactorGraph} (the
 * dependency graph), {@link Comparisons} (since last time), {@link SuppressionViews} (the
 * evidence set aside) and {@link ExtractionViews} (the extraction plans).
 */
public final class ReportModels {

    /** Evidence lines shown per signal and module; see {@link ModuleViews#EVIDENCE_SHOWN_PER_SIGNAL}. */
    public static final int EVIDENCE_SHOWN_PER_SIGNAL = ModuleViews.EVIDENCE_SHOWN_PER_SIGNAL;

    private ReportModels() {}

    /** The model of a result alone, with locations as plain text. */
    public static ReportModel of(AnalysisResult result) {
        return of(result, Optional.empty());
    }

    /** The model of a result, with a "since last time" comparison when an earlier result is given. */
    public static ReportModel of(AnalysisResult result, Optional<AnalysisResult> previous) {
        return of(result, previous, SourceLinks.NONE);
    }

    /** The model of a result, its source locations linked by {@code links}. */
    public static ReportModel of(AnalysisResult result, Optional<AnalysisResult> previous, SourceLinks links) {
        return of(result, previous, links, ManifestCommands.of(result.toolVersion()));
    }

    /**
     * The model of a result, its source locations linked by {@code links}, suggesting {@code
     * commands} (which carry the settings of the run that made the result).
     */
    public static ReportModel of(
            AnalysisResult result, Optional<AnalysisResult> previous, SourceLinks links, ManifestCommands commands) {
        Map<ModuleResult, String> anchors = ModuleViews.anchors(result.modules());
        List<ModuleView> modules = new ArrayList<>();
        Map<ModuleResult, Double> weight = new HashMap<>();
        for (ModuleResult module : result.modules()) {
            ModuleView view = ModuleViews.of(module, anchors.get(module), links);
            modules.add(view);
            weight.put(module, Double.parseDouble(view.strongFitDensity()));
        }
        List<ProblemView> problems = new ArrayList<>();
        modules.forEach(view -> problems.addAll(view.parseProblems()));
        modules.sort(ModuleViews.PAGE_ORDER);
        List<ModuleRef> unjudged = modules.stream()
                .filter(module -> module.verdict().key().equals(Verdict.NOT_ANALYZED.name()))
                .map(module -> new ModuleRef(module.name(), module.anchor(), module.verdict()))
                .toList();
        List<CriterionColumn> criteria = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            criteria.add(new CriterionColumn(
                    criterion.id(),
                    Labels.label(criterion),
                    criterion.description(),
                    Labels.side(criterion.side()),
                    criterion.articleSection()));
        }
        return new ReportModel(
                result.toolVersion(),
                Overviews.runFacts(result),
                Overviews.of(result, modules),
                criteria,
                Arrays.stream(Question.values())
                        .map(question -> new Fact(Labels.shortLabel(question), question.text()))
                        .toList(),
                modules,
                unjudged,
                FitChart.of(result.modules(), anchors, weight),
                ReactorGraph.of(result.modules(), anchors),
                problems,
                previous.map(earlier -> Comparisons.of(earlier, result, anchors))
                        .orElse(null),
                SuppressionViews.all(result, anchors),
                ExtractionViews.lines(result, anchors),
                commands);
    }

    /** How a verdict is shown. */
    public static VerdictView verdict(Verdict verdict) {
        return Labels.verdict(verdict);
    }

    /** A short heading for a criterion, in the report's words. */
    public static String label(Criterion criterion) {
        return Labels.label(criterion);
    }
}
