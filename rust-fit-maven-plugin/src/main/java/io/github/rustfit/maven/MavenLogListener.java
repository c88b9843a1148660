package io.github.rustfit.maven;

import io.github.rustfit.core.file.AnalysisListener;
import org.apache.maven.plugin.logging.Log;

/** Sends the core's messages to the Maven log. */
final class MavenLogListener implements AnalysisListener {

    private final Log log;

    MavenLogListener(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void debug(String message) {
        if (log.isDebugEnabled()) {
            log.debug(message);
        }
    }
}
