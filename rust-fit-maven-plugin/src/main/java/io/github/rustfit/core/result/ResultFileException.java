package io.github.rustfit.core.result;

import java.nio.file.Path;

/**
 * A result file could not be written, read, or is of a schema this version does not know. The
 * message is {@code file[:line:column]: problem[. fix.]}, the place given where it is known.
 */
public final class ResultFileException extends Exception {

    private final Path file;
    private final int line;
    private final int column;
    private final String problem;

    public ResultFileException(Path file, String message, Throwable cause) {
        this(file, 0, 0, message, cause);
    }

    /**
     * A problem at a place in the file.
     *
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param problem what is wrong there, in plain words
     */
    public ResultFileException(Path file, int line, int column, String problem, Throwable cause) {
        this(file, line, column, problem, "", cause);
    }

    /**
     * A problem at a place in the file, and how to fix it.
     *
     * @param fix what to do, as a sentence without its final period; empty when the reader's caller
     *     knows better (why the file was read decides what to do)
     */
    public ResultFileException(Path file, int line, int column, String problem, String fix, Throwable cause) {
        super(where(file, line, column) + ": " + problem + (fix.isEmpty() ? "" : ". " + fix + "."), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }

    /** {@code file:line:column}, or less where the place is not known. */
    public String where() {
        return where(file, line, column);
    }

    private static String where(Path file, int line, int column) {
        if (line <= 0) {
            return file.toString();
        }
        return file + ":" + line + (column > 0 ? ":" + column : "");
    }
}
