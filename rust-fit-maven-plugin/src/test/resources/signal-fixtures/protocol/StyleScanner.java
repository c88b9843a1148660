package fixtures.protocol;

/** A hand-written stylesheet scanner: it dispatches on the next character of untrusted text. */
final class StyleScanner {

    private final String text;
    private int pos;

    StyleScanner(String text) {
        this.text = text;
    }

    int next() {
        return pos < text.length() ? text.charAt(pos++) : -1;
    }

    private int depth;
    private final StringBuilder value = new StringBuilder();

    String token() {
        int c = next();
        switch (c) {
            case '{': // expect: protocol.character-lexers
                depth++;
                return "LEFT_BRACE";
            case '}': // expect: protocol.character-lexers
                depth--;
                return "RIGHT_BRACE";
            case '0': // expect: protocol.character-lexers
            case '1':
            case '2':
                return number(c);
            case '"': // expect: protocol.character-lexers
            case '\'':
                return string(c);
            case ';':
                return "SEMICOLON";
            default:
                return "IDENT";
        }
    }

    String punctuation(char c) {
        return switch (c) {
            case ':' -> string(next()); // expect: protocol.character-lexers
            case ',', '>' -> { // expect: protocol.character-lexers
                value.append(c);
                yield "COMBINATOR";
            }
            case '#' -> number(next()); // expect: protocol.character-lexers
            case '!' -> "IMPORTANT";
            default -> "OTHER";
        };
    }

    private String number(int first) {
        value.setLength(0);
        for (int c = first; Character.isDigit(c); c = next()) {
            value.append((char) c);
        }
        return value.toString();
    }

    private String string(int quote) {
        value.setLength(0);
        for (int c = next(); c != quote && c != -1; c = next()) {
            value.append((char) c);
        }
        return value.toString();
    }
}

/**
 * Near-misses: two character branches that act are an escape, not a lexer; a table of character
 * values is a lookup, however long; nor is a switch on numbers.
 */
final class Escapes {

    private final StringBuilder out = new StringBuilder();

    void escape(char c) {
        switch (c) {
            case '<':
                out.append("&lt;");
                break;
            case '&':
                out.append("&amp;");
                break;
            default:
                out.append(c);
        }
    }

    int digit(char c) {
        switch (c) {
            case '0':
                return 0;
            case '1':
                return 1;
            case 'a':
            case 'A':
                return 10;
            case 'b':
            case 'B':
                return 11;
            default:
                return -1;
        }
    }

    String kind(char code) {
        return switch (code) {
            case 'I' -> "int";
            case 'J' -> "long";
            case 'Z' -> "boolean";
            default -> "object";
        };
    }

    char unescape(char c) {
        switch (c) {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            default:
                return c;
        }
    }

    String level(int code) {
        switch (code) {
            case 1:
                return "low";
            case 2:
                return "mid";
            case 3:
                return "high";
            default:
                return "none";
        }
    }

    /** Many labels falling through to one branch are one branch. */
    boolean isHex(char c) {
        switch (c) {
            case 'a':
            case 'b':
            case 'c':
            case 'd':
            case 'e':
            case 'f':
                return true;
            default:
                return false;
        }
    }
}
