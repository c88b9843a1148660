package io.github.rustfit.core.result;

/**
 * File and size counts of a module (or of the whole reactor).
 *
 * @param seen Java source files found in the analysed source roots
 * @param parsed files that parsed and were inspected by every signal
 * @param failed files that could not be read or parsed; see the module's parse problems
 * @param linesOfCode non-blank, non-comment lines over all seen files
 */
public record FileStats(int seen, int parsed, int failed, long linesOfCode) {

    public static final FileStats EMPTY = new FileStats(0, 0, 0, 0);

    public FileStats plus(FileStats other) {
        return new FileStats(
                seen + other.seen, parsed + other.parsed, failed + other.failed, linesOfCode + other.linesOfCode);
    }
}
