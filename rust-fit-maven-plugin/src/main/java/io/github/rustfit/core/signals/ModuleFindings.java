package io.github.rustfit.core.signals;

/** Receives what a {@link ModuleSignal} found. */
public interface ModuleFindings {

    /** Records one piece of module-level evidence in {@code file} (0 for no particular line). */
    void report(String file, int line, String explanation);
}
