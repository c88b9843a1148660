package io.github.rustfit.run;

import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.io.AtomicFiles;
import io.github.rustfit.core.manifest.StarterManifest;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code init} goal's run: analyses the reactor and writes a starter manifest from it, one
 * component per module with code. Never overwrites a manifest.
 */
public final class InitRun {

    /** Refusal to overwrite. */
    public static final String EXISTS = "rust-fit: %s already exists; init never overwrites a manifest. Edit it,"
            + " or move it away to start again; record a review with this command, each quoted <...> filled in: %s";

    /** Success. */
    public static final String WROTE = "rust-fit: wrote a starter manifest with %d component(s) to %s; confirm its"
            + " commented lines, then record a review with this command, each quoted <...> filled in: %s";

    private InitRun() {}

    /** Writes the starter manifest and returns the line that says so. */
    public static String init(RunOptions options, AnalysisListener listener) throws RunException {
        Path target = options.manifestFile();
        String review = options.commands().review();
        if (Files.exists(target)) {
            throw new RunException(String.format(Locale.ROOT, EXISTS, target, review));
        }
        RunOutcome outcome = ReactorRun.analyse(
                options, Optional.empty(), listener, ReactorRun.judgingAndWriting(Optional.empty(), options));
        String text = StarterManifest.render(target, outcome.result(), options.commands());
        try {
            AtomicFiles.createString(target, text);
        } catch (FileAlreadyExistsException e) {
            // someone wrote a manifest while the reactor was being analysed: theirs stays
            throw new RunException(String.format(Locale.ROOT, EXISTS, target, review), e);
        } catch (IOException e) {
            throw new RunException("rust-fit: could not write " + target + ": " + e.getMessage(), e);
        }
        int components = StarterManifest.components(outcome.result()).size();
        return String.format(Locale.ROOT, WROTE, components, target, review);
    }
}
