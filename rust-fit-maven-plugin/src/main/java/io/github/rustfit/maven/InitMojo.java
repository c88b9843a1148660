package io.github.rustfit.maven;

import io.github.rustfit.core.io.AtomicFiles;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.review.StarterManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes a starter component manifest from the reactor: one component per module with code, the
 * answers the code suggests and its evidence as comments for the team to confirm. Never
 * overwrites an existing manifest.
 */
@Mojo(name = "init", aggregator = true, threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class InitMojo extends AbstractAnalysisMojo {

    /** Refusal to overwrite. */
    static final String EXISTS = "rust-fit: %s already exists; init never overwrites a manifest. Edit it, record"
            + " reviews with mvn rust-fit:review, or move it away to start again.";

    /** Success. */
    static final String WROTE = "rust-fit: wrote a starter manifest with %d component(s) to %s; confirm its"
            + " commented lines, then record reviews with mvn rust-fit:review";

    @Override
    void run() throws MojoExecutionException {
        Path target = manifestFile();
        if (Files.exists(target)) {
            throw new MojoExecutionException(String.format(Locale.ROOT, EXISTS, target));
        }
        AnalysisResult result = analyzeAndWrite();
        String text = StarterManifest.render(target, result);
        try {
            AtomicFiles.writeString(target, text);
        } catch (IOException e) {
            throw new MojoExecutionException("rust-fit: could not write " + target + ": " + e.getMessage(), e);
        }
        long components = StarterManifest.components(result).size();
        getLog().info(String.format(Locale.ROOT, WROTE, components, target));
    }

    @Override
    void noManifest(Path file) {
        // this goal writes it
    }
}
