package io.github.rustfit.maven;

import io.github.rustfit.run.InitRun;
import io.github.rustfit.run.RunException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes a starter component manifest from the reactor: one component per module with code, the
 * answers the code suggests and its evidence as comments for the team to confirm. Never
 * overwrites an existing manifest.
 */
@Mojo(name = "init", aggregator = true, threadSafe = true)
public class InitMojo extends AbstractRunMojo {

    @Override
    boolean startsManifest() {
        return true;
    }

    @Override
    void run() throws MojoExecutionException {
        try {
            getLog().info(InitRun.init(options(), listener()));
        } catch (RunException e) {
            throw failed(e);
        }
    }
}
