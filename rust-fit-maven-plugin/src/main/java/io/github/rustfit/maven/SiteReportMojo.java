package io.github.rustfit.maven;

import io.github.rustfit.report.html.HtmlReport;
import io.github.rustfit.run.Reports;
import io.github.rustfit.run.Reports.ReportOptions;
import io.github.rustfit.run.RunOutcome;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The rust-fit report in the Maven site, under Project Reports: the report's sections (summary,
 * the rule's map, criteria, answers, dependency graph, modules and evidence) rendered by the same
 * template as the report goal's page, inside the site's skin. The self-contained {@code index.html}
 * is placed beside it under {@code rust-fit/}. It comes
 * from the same run as the other goals: configured by the same parameters, with the manifest's
 * answers and reviews, reusing the cache and the run of this build when an earlier goal made one.
 */
@Mojo(
        name = "site-report",
        defaultPhase = LifecyclePhase.SITE,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class SiteReportMojo extends AbstractRunMojo implements MavenReport {

    /** Where the site is written; the site plugin sets it. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    File reportOutputDirectory;

    @Override
    public String getOutputName() {
        return SitePage.OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "rust-fit";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Which modules would pay for a rewrite in Rust, and which would not, with the evidence.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    /** The reactor-wide report belongs to the site of the build's root project only. */
    @Override
    public boolean canGenerateReport() throws MavenReportException {
        try {
            return !Parameters.SKIP.of(skip) && project.isExecutionRoot();
        } catch (SettingException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        try {
            RunOutcome outcome = fullReport();
            SitePage.write(Reports.model(outcome, reportOutputDirectory.toPath(), reportOptions()), sink);
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    /** Run alone as a goal, outside a site build, it writes the full report where the site would have it. */
    @Override
    void run() throws MojoExecutionException {
        fullReport();
        getLog().info("rust-fit: report written to " + fullReportFile());
    }

    /** Writes the full report of this build's run into the site, and returns the run. */
    private RunOutcome fullReport() throws MojoExecutionException {
        RunOutcome outcome = outcome(options());
        Path file = fullReportFile();
        try {
            HtmlReport.write(Reports.model(outcome, file.getParent(), reportOptions()), file);
            build().reportWritten(file);
        } catch (IOException e) {
            throw new MojoExecutionException("rust-fit: could not write " + file + ": " + e, e);
        }
        return outcome;
    }

    private ReportOptions reportOptions() throws SettingException {
        return new ReportOptions(Optional.empty(), Parameters.sourceUrl(sourceUrl), true);
    }

    private Path fullReportFile() {
        return reportOutputDirectory.toPath().resolve(SitePage.OUTPUT_NAME).resolve(HtmlReport.FILE_NAME);
    }
}
