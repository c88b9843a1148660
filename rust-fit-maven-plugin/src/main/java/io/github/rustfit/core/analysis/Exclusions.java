package io.github.rustfit.core.analysis;

import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.manifest.FileGlob;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Which source files the user set aside ({@code rustfit.excludes}): globs over paths relative to
 * the execution root, read as the manifest's suppressions read theirs ({@link FileGlob}: the JDK's
 * own matcher, with a leading {@code **}{@code /} also matching no directory at all). Each glob
 * remembers whether it matched a file, so that one that set nothing aside, most often a misspelt
 * directory, is warned about as an unused suppression is.
 */
final class Exclusions {

    /** A glob of {@code rustfit.excludes} that matched no source file the run listed. */
    static final String UNUSED = "rust-fit: the rustfit.excludes glob '%s' set aside nothing: it matched none of"
            + " the source files this run reads. Fix: correct it (globs are relative to the execution root, such as"
            + " **/generated/**), or remove it.";

    private final List<FileGlob> globs;
    private final AtomicIntegerArray matched;

    private Exclusions(List<FileGlob> globs) {
        this.globs = List.copyOf(globs);
        this.matched = new AtomicIntegerArray(globs.size());
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
        boolean excluded = false;
        for (int i = 0; i < globs.size(); i++) {
            if (globs.get(i).matches(relativePath)) {
                matched.set(i, 1);
                excluded = true;
            }
        }
        return excluded;
    }

    /** The globs that matched no path asked about so far, in the order given. */
    List<String> unused() {
        List<String> unused = new ArrayList<>();
        for (int i = 0; i < globs.size(); i++) {
            if (matched.get(i) == 0) {
                unused.add(globs.get(i).pattern());
            }
        }
        return unused;
    }

    /** One warning per glob that set nothing aside, like the manifest's unused suppressions. */
    void warnUnused(AnalysisListener listener) {
        unused().forEach(glob -> listener.warn(String.format(Locale.ROOT, UNUSED, glob)));
    }
}
