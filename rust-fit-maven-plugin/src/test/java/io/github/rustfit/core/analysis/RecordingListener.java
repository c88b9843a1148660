package io.github.rustfit.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Keeps what the analysis says, by level, so tests can assert on it. Safe to call from several
 * threads, as the parsing JVM's reader threads do.
 */
public final class RecordingListener implements io.github.rustfit.core.file.AnalysisListener {

    public final List<String> info = Collections.synchronizedList(new ArrayList<>());
    public final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    public final List<String> debug = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void info(String message) {
        info.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    @Override
    public void debug(String message) {
        debug.add(message);
    }
}
