package io.github.rustfit.maven;

import io.github.rustfit.core.analysis.AnalysisRequest;
import io.github.rustfit.core.analysis.ReactorAnalyzer;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ResultFileException;
import io.github.rustfit.core.result.ResultFiles;
import io.github.rustfit.report.html.HtmlReport;
import io.github.rustfit.report.model.ReportModel;
import io.github.rustfit.report.model.ReportModel.ModuleRef;
import io.github.rustfit.report.model.ReportModel.VerdictCount;
import io.github.rustfit.report.model.ReportModels;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The rust-fit report in the Maven site, under Project Reports. The page in the site's look gives
 * the verdict counts and candidates and links to the full report, the same self-contained
 * {@code index.html} the report goal writes, which is placed in the site under {@code rust-fit/}.
 * Uses the {@code rust-fit.json} of the build when there is one (bind the analyze goal to
 * configure the analysis); otherwise analyses the reactor with the default settings.
 */
@Mojo(
        name = "site-report",
        defaultPhase = LifecyclePhase.SITE,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class SiteReportMojo extends AbstractMavenReport {

    /** The site page's name, without extension, and the folder of the full report. */
    static final String OUTPUT_NAME = "rust-fit";

    /**
     * Skips the report.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.skip", defaultValue = "false")
    boolean skip;

    /**
     * Directory where the analyze goal writes {@code rust-fit.json}; the site report reads the
     * result from there.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.outputDirectory", defaultValue = "${session.executionRootDirectory}/target/rust-fit")
    File resultDirectory;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getName(Locale locale) {
        return "rust-fit";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Which modules would pay for a rewrite in Rust, and which would not, with the evidence.";
    }

    /** The reactor-wide report belongs to the site of the build's root project only. */
    @Override
    public boolean canGenerateReport() {
        return !skip && project.isExecutionRoot();
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        ReportModel model = ReportModels.of(result());
        Path full = getReportOutputDirectory().toPath().resolve(OUTPUT_NAME).resolve(HtmlReport.FILE_NAME);
        try {
            HtmlReport.write(model, full);
        } catch (IOException e) {
            throw new MavenReportException("rust-fit: could not write " + full + ": " + e, e);
        }
        page(model, getSink());
    }

    private AnalysisResult result() throws MavenReportException {
        Path file = resultDirectory.toPath().resolve(ResultFiles.FILE_NAME);
        try {
            if (Files.isRegularFile(file)) {
                return ResultFiles.read(file);
            }
            ReactorRequests.Settings settings = new ReactorRequests.Settings(
                    Path.of(session.getExecutionRootDirectory()),
                    Optional.empty(),
                    false,
                    false,
                    AnalysisRequest.DEFAULT_MAX_EVIDENCE,
                    plugin.getVersion());
            AnalysisResult result = new ReactorAnalyzer()
                    .analyze(ReactorRequests.from(session.getProjects(), settings), AnalysisListener.SILENT);
            ResultFiles.write(result, file);
            return result;
        } catch (ResultFileException | MojoExecutionException e) {
            throw new MavenReportException("rust-fit: " + e.getMessage(), e);
        }
    }

    /** The page in the site's own look: the counts, the candidates and a link to the full report. */
    private static void page(ReportModel model, Sink sink) {
        sink.head();
        sink.title();
        sink.text("rust-fit");
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("rust-fit");
        sink.sectionTitle1_();
        sink.paragraph();
        sink.text("Each module of this reactor judged against the article's criteria and its three questions. ");
        sink.link(OUTPUT_NAME + "/" + HtmlReport.FILE_NAME);
        sink.text("Open the full report");
        sink.link_();
        sink.text(" for the criteria map, every module's rationale and the evidence behind each signal.");
        sink.paragraph_();
        sink.table();
        sink.tableRows();
        sink.tableRow();
        sink.tableHeaderCell();
        sink.text("Verdict");
        sink.tableHeaderCell_();
        sink.tableHeaderCell();
        sink.text("Modules");
        sink.tableHeaderCell_();
        sink.tableRow_();
        for (VerdictCount count : model.overview().verdicts()) {
            sink.tableRow();
            sink.tableCell();
            sink.text(count.verdict().label());
            sink.tableCell_();
            sink.tableCell();
            sink.text(String.valueOf(count.count()));
            sink.tableCell_();
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
        sink.paragraph();
        sink.bold();
        sink.text("Candidates: ");
        sink.bold_();
        sink.paragraph_();
        if (model.overview().candidates().isEmpty()) {
            sink.paragraph();
            sink.text("none");
            sink.paragraph_();
        } else {
            sink.list();
            for (ModuleRef candidate : model.overview().candidates()) {
                sink.listItem();
                sink.link(OUTPUT_NAME + "/" + HtmlReport.FILE_NAME + "#" + candidate.anchor());
                sink.text(candidate.name());
                sink.link_();
                sink.text(" (" + candidate.verdict().label() + ")");
                sink.listItem_();
            }
            sink.list_();
        }
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }
}
