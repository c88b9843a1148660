package io.github.rustfit.core.analysis;

import io.github.rustfit.core.manifest.FileGlob;
import java.util.List;

/**
 * Which source files the user set aside ({@code rustfit.excludes}): globs over paths relative to
 * the execution root, read as the manifest's suppressions read theirs ({@link FileGlob}: the JDK's
 * own matcher, with a leading {@code **}{@code /} also matching no directory at all).
 */
final class Exclusions {

    private final List<FileGlob> globs;

    private Exclusions(List<FileGlob> globs) {
        this.globs = List.copyOf(globs);
    }

    /**
     * The exclusions the globs describe.
     *
     * @throws IllegalArgumentException when a glob is not one a source path can match
     */
    static Exclusions of(List<String> globs) {
        return new Exclusions(globs.stream().map(FileGlob::of).toList());
    }

    /** True when {@code relativePath} (forward slashes, relative to the execution root) is set aside. */
    boolean excludes(String relativePath) {
        return globs.stream().anyMatch(glob -> glob.matches(relativePath));
    }
}
