package io.github.rustfit.maven;

import io.github.rustfit.run.AnalysisSummary;
import io.github.rustfit.run.RunOutcome;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Analyses every module of the reactor and writes one result, {@code rust-fit.json}, at the
 * execution root: per module its code signals, the article's three questions answered from them,
 * a verdict and the reasons. Reads only POMs and sources: no dependency resolution, no compiled
 * classes, no prior {@code install}.
 */
@Mojo(name = "analyze", defaultPhase = LifecyclePhase.VERIFY, aggregator = true, threadSafe = true)
public class AnalyzeMojo extends AbstractRunMojo {

    @Override
    void run() throws MojoExecutionException {
        RunOutcome outcome = outcome(options());
        AnalysisSummary.lines(outcome).forEach(getLog()::info);
        if (getLog().isDebugEnabled()) {
            AnalysisSummary.details(outcome).forEach(getLog()::debug);
        }
    }
}
