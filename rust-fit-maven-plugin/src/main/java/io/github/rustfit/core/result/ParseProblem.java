package io.github.rustfit.core.result;

/**
 * A source file that could not be read or parsed. It is counted and listed, never fatal.
 *
 * @param file path relative to the execution root, with forward slashes
 * @param line 1-based line of the problem, or 0 when the whole file is at fault
 * @param column 1-based column, or 0 when unknown
 * @param message what went wrong, in the parser's or reader's words
 */
public record ParseProblem(String file, int line, int column, String message) {}
