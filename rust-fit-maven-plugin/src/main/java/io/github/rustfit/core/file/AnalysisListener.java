package io.github.rustfit.core.file;

/**
 * Where the analysis reports progress and what it noticed, so the caller decides what reaches
 * the user's log. The core never logs on its own.
 */
public interface AnalysisListener {

    /** Something worth a line at the default log level (rare: a few per build). */
    void info(String message);

    /** Something the user should fix (a missing source root, a file in the wrong encoding). */
    void warn(String message);

    /** Detail for those who asked for it. */
    void debug(String message);

    /** A listener that drops everything, for tests and embedding. */
    AnalysisListener SILENT = new AnalysisListener() {
        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}

        @Override
        public void debug(String message) {}
    };
}
