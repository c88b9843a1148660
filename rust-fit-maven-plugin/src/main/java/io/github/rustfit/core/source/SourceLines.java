package io.github.rustfit.core.source;

import java.util.Arrays;

/**
 * The lines of a source text, found on first use: most files yield no evidence, and those that do
 * quote a handful of lines, so splitting every file into strings up front would be wasted work.
 * Lines end at {@code \r\n}, {@code \r} or {@code \n}, as the parser counts them. Not
 * thread-safe.
 */
public final class SourceLines {

    private final String text;
    /** Where each line starts, then the text's length; null until first needed. */
    private int[] starts;

    private int count;

    public SourceLines(String text) {
        this.text = text;
    }

    /** How many lines there are: one more than there are line endings. */
    public int count() {
        index();
        return count;
    }

    /**
     * Line {@code number} (1-based) without its ending.
     *
     * @throws IndexOutOfBoundsException when there is no such line
     */
    public String line(int number) {
        index();
        if (number < 1 || number > count) {
            throw new IndexOutOfBoundsException("line " + number + " of " + count);
        }
        int start = starts[number - 1];
        int end = starts[number];
        // the next line starts after this one's ending, which is one or two characters long
        if (number < count) {
            end--;
            if (end > start && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
                end--;
            }
        }
        return text.substring(start, end);
    }

    private void index() {
        if (starts != null) {
            return;
        }
        int[] found = new int[64];
        found[0] = 0;
        int lines = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                i++;
            } else if (c != '\r' && c != '\n') {
                continue;
            }
            if (lines == found.length) {
                found = Arrays.copyOf(found, lines * 2);
            }
            found[lines++] = i + 1;
        }
        if (lines == found.length) {
            found = Arrays.copyOf(found, lines + 1);
        }
        found[lines] = length;
        starts = found;
        count = lines;
    }
}
