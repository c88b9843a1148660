package io.github.rustfit.determinism;

import io.github.rustfit.core.analysis.AnalysisRequest;
import io.github.rustfit.core.analysis.ModuleRequest;
import io.github.rustfit.core.analysis.ReactorAnalyzer;
import io.github.rustfit.core.analysis.TestReactors;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ResultFiles;
import io.github.rustfit.report.SyntheticResults;
import io.github.rustfit.report.html.HtmlReport;
import io.github.rustfit.report.markdown.MarkdownSummary;
import io.github.rustfit.report.model.ReportModel;
import io.github.rustfit.report.model.ReportModels;
import io.github.rustfit.report.sarif.SarifReport;
import io.github.rustfit.run.Reports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one run writes, as a JVM of its own: analyses the modules under a project directory and
 * writes the result and the three reports of it, and the reports of {@link SyntheticResults#rich()},
 * into an output directory. {@link OutputDeterminismTest} starts it in several working directories
 * and locales and compares the bytes.
 */
public final class OutputsOfOneRun {

    /** The modules {@link OutputDeterminismTest} writes under the project directory. */
    static final List<String> MODULES = List.of("a", "b", "c");

    private OutputsOfOneRun() {}

    /**
     * @param args the project directory and the output directory, both absolute
     */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<ModuleRequest> modules = new ArrayList<>();
        for (String name : MODULES) {
            modules.add(TestReactors.module(root, name));
        }
        AnalysisRequest request = new AnalysisRequest(root, modules, Optional.empty(), false, false, 5, "v");
        AnalysisResult result = new ReactorAnalyzer().withThreads(2).analyze(request, QUIET);

        ResultFiles.write(result, out.resolve(ResultFiles.FILE_NAME));
        ReportModel model = ReportModels.of(result, Optional.empty(), Reports.links(Optional.empty(), out, root));
        HtmlReport.write(model, out.resolve(HtmlReport.FILE_NAME));
        MarkdownSummary.write(model, out.resolve(MarkdownSummary.FILE_NAME));
        SarifReport.write(result, Optional.empty(), "rust-fit.yaml", true, out.resolve(SarifReport.FILE_NAME));

        AnalysisResult rich = SyntheticResults.rich();
        ReportModel richModel = ReportModels.of(rich, Optional.of(SyntheticResults.earlier()));
        HtmlReport.write(richModel, out.resolve("rich.html"));
        MarkdownSummary.write(richModel, out.resolve("rich.md"));
        SarifReport.write(rich, Optional.empty(), "rust-fit.yaml", true, out.resolve("rich.sarif"));
    }

    private static final AnalysisListener QUIET = new AnalysisListener() {
        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {
            System.err.println(message);
        }

        @Override
        public void debug(String message) {}
    };
}
