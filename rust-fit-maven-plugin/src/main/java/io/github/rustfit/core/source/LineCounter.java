package io.github.rustfit.core.source;

/**
 * Counts lines of code: lines holding anything other than white space and comments. String,
 * character and text-block literals are skipped so that {@code "//"} inside a string does not
 * hide code.
 */
public final class LineCounter {

    private LineCounter() {}

    public static int linesOfCode(String text) {
        int count = 0;
        boolean code = false;
        boolean blockComment = false;
        boolean lineComment = false;
        char quote = 0; // '"', '\'' or 'T' for a text block
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            char next = i + 1 < length ? text.charAt(i + 1) : 0;
            if (c == '\n') {
                if (code) {
                    count++;
                }
                code = false;
                lineComment = false;
                if (quote != 'T') {
                    quote = 0;
                }
                continue;
            }
            if (lineComment) {
                continue;
            }
            if (blockComment) {
                if (c == '*' && next == '/') {
                    blockComment = false;
                    i++;
                }
                continue;
            }
            if (quote != 0) {
                code |= !Character.isWhitespace(c);
                if (c == '\\') {
                    i++;
                } else if (quote == 'T' && text.startsWith("\"\"\"", i)) {
                    quote = 0;
                    i += 2;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '/' && next == '/') {
                lineComment = true;
                i++;
            } else if (c == '/' && next == '*') {
                blockComment = true;
                i++;
            } else if (c == '"' && text.startsWith("\"\"\"", i)) {
                quote = 'T';
                code = true;
                i += 2;
            } else if (c == '"' || c == '\'') {
                quote = c;
                code = true;
            } else if (!Character.isWhitespace(c)) {
                code = true;
            }
        }
        return code ? count + 1 : count;
    }
}
