package io.github.rustfit.core.analysis;

import io.github.rustfit.core.file.FileReport;
import java.util.concurrent.Future;

/**
 * Parses and inspects the files the cache could not serve, on whatever threads or process suits.
 * The analysis submits files in order and takes the reports back in the same order, so a result
 * never depends on how or where a file was parsed.
 */
public interface FileParsing extends AutoCloseable {

    /** Starts analysing {@code file}; the future gives its report, never an exception. */
    Future<FileReport> submit(SourceFile file);

    /** How many files this may hold in flight before the analysis waits for the first. */
    int window();

    /** Says, if it is worth a line, how the files were parsed; called once, after the last report. */
    default void summarise(io.github.rustfit.core.file.AnalysisListener listener) {}

    @Override
    void close();
}
