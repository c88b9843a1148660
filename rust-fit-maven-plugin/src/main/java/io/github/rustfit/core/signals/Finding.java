package io.github.rustfit.core.signals;

/**
 * One occurrence of a signal in a file.
 *
 * @param signalId the signal that found it
 * @param line 1-based line
 * @param snippet the trimmed source line, shortened to a readable length
 */
public record Finding(String signalId, int line, String snippet) {}
