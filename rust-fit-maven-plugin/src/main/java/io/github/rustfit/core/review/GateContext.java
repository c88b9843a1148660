package io.github.rustfit.core.review;

import io.github.rustfit.core.manifest.ManifestCommands;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What the review gate judges by, besides the result and the manifest.
 *
 * @param manifestFile where the manifest is (or would be), for messages
 * @param stubsFile where the review stubs are written, for messages
 * @param policy how strict to be
 * @param today the date reviews are judged on (see {@link ReviewDates})
 * @param commands how the fixes name the plugin's goals
 * @param projectModules the artifactIds and paths of every module of the project, analysed or not
 *     (a build of selected modules analyses only those); empty when the build cannot know them, as
 *     when it starts in a module's directory and cannot read the whole project. A component naming a module outside both this set and
 *     the result is a phantom; with an empty value nothing is called a phantom.
 */
public record GateContext(
        Path manifestFile,
        Path stubsFile,
        ReviewPolicy policy,
        LocalDate today,
        ManifestCommands commands,
        Optional<Set<String>> projectModules) {

    public GateContext {
        projectModules = projectModules.map(Set::copyOf);
    }

    /** A context in which the analysed modules are the whole project. */
    public static GateContext of(
            Path manifestFile, Path stubsFile, ReviewPolicy policy, LocalDate today, ManifestCommands commands) {
        return new GateContext(manifestFile, stubsFile, policy, today, commands, Optional.of(Set.of()));
    }

    /** This context judging under another policy. */
    public GateContext withPolicy(ReviewPolicy other) {
        return new GateContext(manifestFile, stubsFile, other, today, commands, projectModules);
    }
}
