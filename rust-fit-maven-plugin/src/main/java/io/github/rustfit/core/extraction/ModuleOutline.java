package io.github.rustfit.core.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * One module's files as the extraction plans need them, gathered one file at a time while the
 * module is tallied and handed to the {@link ExtractionPlanner} when it is done, which keeps only
 * a summary. Only one module's outline is ever alive.
 */
public final class ModuleOutline {

    /**
     * One file.
     *
     * @param file its path relative to the execution root
     * @param linesOfCode its lines of code
     * @param packageName its package
     * @param facts what it declares and refers to
     * @param strongFit its strong-fit occurrences
     */
    record Entry(String file, int linesOfCode, String packageName, FileFacts facts, int strongFit) {}

    private final List<Entry> files = new ArrayList<>();
    private int strongFit;

    /** Adds one file. */
    public void add(String file, int linesOfCode, String packageName, FileFacts facts, int strongFitOccurrences) {
        files.add(new Entry(file, linesOfCode, packageName, facts, strongFitOccurrences));
        strongFit += strongFitOccurrences;
    }

    List<Entry> files() {
        return files;
    }

    int strongFit() {
        return strongFit;
    }
}
