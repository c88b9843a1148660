package io.github.rustfit.report.model;

import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.SuppressionUse;
import io.github.rustfit.report.model.ReportModel.SuppressedIn;
import io.github.rustfit.report.model.ReportModel.SuppressionView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The suppressions: on each module's card, and the reactor-wide list with where each applied. */
final class SuppressionViews {

    private SuppressionViews() {}

    /** What suppressions set aside in one module. */
    static List<SuppressionView> of(ModuleResult module) {
        return module.evidence().suppressions().stream()
                .map(use -> view(use, List.of()))
                .toList();
    }

    /** Every suppression of the result, each with the modules it set evidence aside in. */
    static List<SuppressionView> all(AnalysisResult result, Map<ModuleResult, String> anchors) {
        List<SuppressionView> views = new ArrayList<>();
        for (SuppressionUse use : result.suppressions()) {
            List<SuppressedIn> modules = new ArrayList<>();
            for (ModuleResult module : result.modules()) {
                module.evidence().suppressions().stream()
                        .filter(applied -> applied.at().equals(use.at()))
                        .forEach(applied -> modules.add(
                                new SuppressedIn(module.artifactId(), anchors.get(module), applied.occurrences())));
            }
            views.add(view(use, modules));
        }
        return views;
    }

    private static SuppressionView view(SuppressionUse use, List<SuppressedIn> modules) {
        return new SuppressionView(
                use.at(),
                use.describe(),
                use.scope(),
                use.reason(),
                use.reviewer(),
                use.occurrences(),
                use.signals().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")),
                modules,
                use.occurrences() == 0);
    }
}
