package io.github.rustfit.core.source;

/**
 * Counts lines of code: lines holding anything other than white space and comments. String,
 * character and text-block literals are skipped so that {@code "//"} inside a string does not
 * hide code.
 */
public final class LineCounter {

    private LineCounter() {}

    public static int linesOfCode(String text) {
        Scan scan = new Scan(text);
        for (int i = 0; i < text.length(); i++) {
            i = scan.step(i);
        }
        return scan.code ? scan.count + 1 : scan.count;
    }

    /** One pass over a text: where it is (comment, literal or code) and what it has counted. */
    private static final class Scan {
        private final String text;
        private int count;
        private boolean code;
        private boolean blockComment;
        private boolean lineComment;
        private char quote; // '"', '\'' or 'T' for a text block

        Scan(String text) {
            this.text = text;
        }

        /** Takes the character at {@code i} (and any it belongs with); returns the last index taken. */
        int step(int i) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '\n') {
                count += code ? 1 : 0;
                code = false;
                lineComment = false;
                quote = quote == 'T' ? 'T' : 0;
                return i;
            }
            if (lineComment) {
                return i;
            }
            if (blockComment) {
                blockComment = !(c == '*' && next == '/');
                return blockComment ? i : i + 1;
            }
            return quote != 0 ? inLiteral(i, c) : inCode(i, c, next);
        }

        private int inLiteral(int i, char c) {
            code |= !Character.isWhitespace(c);
            if (c == '\\') {
                return i + 1;
            }
            if (quote == 'T' && text.startsWith("\"\"\"", i)) {
                quote = 0;
                return i + 2;
            }
            if (c == quote) {
                quote = 0;
            }
            return i;
        }

        private int inCode(int i, char c, char next) {
            if (c == '/' && next == '/') {
                lineComment = true;
                return i + 1;
            }
            if (c == '/' && next == '*') {
                blockComment = true;
                return i + 1;
            }
            if (c == '"' && text.startsWith("\"\"\"", i)) {
                quote = 'T';
                code = true;
                return i + 2;
            }
            if (c == '"' || c == '\'') {
                quote = c;
            }
            code |= !Character.isWhitespace(c);
            return i;
        }
    }
}
