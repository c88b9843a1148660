package fixtures.protocol;

import java.io.IOException;
import java.io.Reader;

/**
 * Near-misses of an if-chain lexer: helpers that walk a string they already hold, a single
 * delimiter, one class of characters, escapes that only give constants, and a loop that writes
 * rather than reads.
 */
final class CharacterNearMisses {

    /** Escaping walks an index it advances elsewhere, not input it reads. */
    String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Path normalisation over the characters of an array. */
    String normalise(String path) {
        StringBuilder out = new StringBuilder();
        for (char c : path.toCharArray()) {
            if (c == '\\') {
                out.append('/');
            } else if (c == ':') {
                continue;
            } else if (c == '.') {
                out.append(c);
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** A single delimiter split, reading as it advances. */
    int count(Reader in) throws IOException {
        int fields = 1;
        int c;
        while ((c = in.read()) != -1) {
            if (c == ',') {
                fields++;
            }
        }
        return fields;
    }

    /** One class of characters tested at once is one test, however many literals it names. */
    String identifier(char[] buf) {
        int pos = 0;
        StringBuilder out = new StringBuilder();
        while (pos < buf.length) {
            char c = buf[pos++];
            if (c == '_' || c == '-' || c == '.' || c == '$') {
                out.append('_');
            } else if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes that only give constants are a lookup, even over input read as it advances. */
    void escapeStream(Reader in, StringBuilder out) throws IOException {
        int c;
        while ((c = in.read()) != -1) {
            if (c == '"') {
                out.append("\\\"");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append((char) c);
            }
        }
    }

    /** Formatting writes characters into an array as it advances: it reads none. */
    int format(int value, char[] out, char pad) {
        int pos = 0;
        for (int i = 0; i < 8; i++) {
            char c = pad;
            if (pad == '0') {
                c = (char) ('0' + value % 10);
            } else if (pad == ' ') {
                value /= 10;
            } else if (pad == '-') {
                c = '-';
                value = -value;
            }
            out[pos++] = c;
        }
        return pos;
    }
}
