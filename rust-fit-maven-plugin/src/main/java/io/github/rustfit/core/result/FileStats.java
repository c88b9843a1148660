package io.github.rustfit.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * File and size counts of a module (or of the whole reactor).
 *
 * @param seen Java source files found in the analysed source roots
 * @param parsed files that parsed and were inspected by every signal
 * @param failed files that could not be read or parsed; see the module's parse problems
 * @param linesOfCode non-blank, non-comment lines over all seen files
 * @param unreadable directories and files below the source roots that could not be read at all;
 *     the module's notes name them. A module with any was not seen whole, so its verdict may be
 *     understated.
 * @param excluded files the user set aside with {@code rustfit.excludes}; not counted as seen, and
 *     written only when there are some
 */
public record FileStats(
        int seen,
        int parsed,
        int failed,
        long linesOfCode,
        int unreadable,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) int excluded) {

    public static final FileStats EMPTY = new FileStats(0, 0, 0, 0, 0, 0);

    /** Counts of a module whose sources could all be read, none set aside. */
    public FileStats(int seen, int parsed, int failed, long linesOfCode) {
        this(seen, parsed, failed, linesOfCode, 0, 0);
    }

    public FileStats plus(FileStats other) {
        return new FileStats(
                seen + other.seen,
                parsed + other.parsed,
                failed + other.failed,
                linesOfCode + other.linesOfCode,
                unreadable + other.unreadable,
                excluded + other.excluded);
    }
}
