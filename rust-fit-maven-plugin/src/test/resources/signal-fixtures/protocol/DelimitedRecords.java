package fixtures.protocol;

import java.io.IOException;
import java.io.Reader;

/**
 * A hand-written lexer of delimited records written with if chains: it reads its input one character
 * at a time and tests each against several literals.
 */
final class DelimitedRecords {

    private final Reader in;
    private final StringBuilder field = new StringBuilder();
    private boolean quoted;
    private int fields;

    DelimitedRecords(Reader in) {
        this.in = in;
    }

    int record() throws IOException {
        int c;
        while ((c = in.read()) != -1) {
            if (c == '"') { // expect: protocol.character-lexers
                quoted = !quoted;
            } else if (c == ',' && !quoted) { // expect: protocol.character-lexers
                fields++;
                field.setLength(0);
            } else if (c == '\r' || c == '\n') { // expect: protocol.character-lexers
                return fields + 1;
            } else {
                field.append((char) c);
            }
        }
        return fields;
    }
}

/** The same over a character array it advances through, with a range of characters. */
final class NumberScanner {

    private final char[] buf;
    private int pos;

    NumberScanner(char[] buf) {
        this.buf = buf;
    }

    long scan() {
        long value = 0;
        int sign = 1;
        while (pos < buf.length) {
            char ch = buf[pos++];
            if (ch >= '0' && ch <= '9') { // expect: protocol.character-lexers
                value = value * 10 + (ch - '0');
            } else if (ch == '-') { // expect: protocol.character-lexers
                sign = -sign;
            } else if (ch == ' ') { // expect: protocol.character-lexers
                skipBlanks();
            } else {
                throw new IllegalArgumentException("unexpected " + ch);
            }
        }
        return sign * value;
    }

    private void skipBlanks() {
        while (pos < buf.length && buf[pos] == ' ') {
            pos++;
        }
    }
}
