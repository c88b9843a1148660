package io.github.rustfit.maven;

import io.github.rustfit.run.RunException;
import java.io.File;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuilder;

/**
 * What every rust-fit goal shares: the skip switch, the output directory, and running once per
 * build even when the goal is bound in a parent POM and so inherited by every module, under any
 * {@code -T}. No goal resolves dependencies ({@code @Mojo}'s default, {@code ResolutionScope.NONE}):
 * the analysis reads POMs and sources only.
 */
abstract class AbstractRustFitMojo extends AbstractMojo {

    /**
     * Skips the goal: {@code true} or {@code false}; any other value is refused.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.skip", defaultValue = "false")
    String skip;

    /**
     * Directory, normally at the root of the build, where the result and reports are written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.outputDirectory", defaultValue = "${session.executionRootDirectory}/target/rust-fit")
    File outputDirectory;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    /** Reads the whole project when the build started in a module's directory. */
    @Component
    ProjectBuilder projectBuilder;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (Parameters.SKIP.of(skip)) {
            getLog().info("rust-fit: skipped (rustfit.skip=true)");
            return;
        }
        if (!build().claim(getClass().getName())) {
            getLog().debug("rust-fit: " + getClass().getSimpleName() + " already ran for this reactor");
            return;
        }
        run();
    }

    /** Does the goal's work; called once per build, when the goal is not skipped. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    /** What this build's executions of rust-fit goals share. */
    BuildRun build() {
        return BuildRun.of(session);
    }

    /** The core's messages, to this goal's log. */
    MavenLogListener listener() {
        return new MavenLogListener(getLog());
    }

    /**
     * A run that could not be done. Its message is complete; without the cause, Maven does not
     * append the wording of the parser or file system under it.
     */
    static MojoExecutionException failed(RunException e) {
        return new MojoExecutionException(e.getMessage());
    }
}
