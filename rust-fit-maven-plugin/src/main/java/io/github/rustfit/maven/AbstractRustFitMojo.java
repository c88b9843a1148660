package io.github.rustfit.maven;

import java.io.File;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every rust-fit goal shares: the skip switch, the output directory, and running once per
 * build even when the goal is bound in a parent POM and so inherited by every module.
 */
abstract class AbstractRustFitMojo extends AbstractMojo {

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.skip", defaultValue = "false")
    boolean skip;

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

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("rust-fit: skipped (rustfit.skip=true)");
            return;
        }
        // Goals cover the whole reactor. Bound in a parent POM they are inherited by every module;
        // the first execution of a build does the work and the others step aside.
        Object key = getClass().getName() + "@" + System.identityHashCode(session);
        if (!session.getRepositorySession().getData().set(key, null, Boolean.TRUE)) {
            getLog().debug("rust-fit: " + getClass().getSimpleName() + " already ran for this reactor");
            return;
        }
        run();
    }

    /** Does the goal's work; called once per build, when the goal is not skipped. */
    abstract void run() throws MojoExecutionException, MojoFailureException;
}
