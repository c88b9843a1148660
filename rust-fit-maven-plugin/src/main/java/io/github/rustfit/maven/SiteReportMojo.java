package io.github.rustfit.maven;

import io.github.rustfit.report.html.HtmlReport;
import io.github.rustfit.report.model.ReportModel;
import io.github.rustfit.report.model.ReportModels;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The rust-fit report in the Maven site, under Project Reports. The page in the site's look gives
 * the verdict counts and candidates and links to the full report, the same self-contained
 * {@code index.html} the report goal writes, placed in the site under {@code rust-fit/}. It comes
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
    public boolean canGenerateReport() {
        return !skip && project.isExecutionRoot();
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        try {
            SitePage.write(fullReport(), sink);
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

    /** Writes the full report of this build's run into the site, and returns its model for the page. */
    private ReportModel fullReport() throws MojoExecutionException {
        ReportModel model = ReportModels.of(outcome(options()).result());
        try {
            HtmlReport.write(model, fullReportFile());
        } catch (IOException e) {
            throw new MojoExecutionException("rust-fit: could not write " + fullReportFile() + ": " + e, e);
        }
        return model;
    }

    private Path fullReportFile() {
        return reportOutputDirectory.toPath().resolve(SitePage.OUTPUT_NAME).resolve(HtmlReport.FILE_NAME);
    }
}
