package fixtures.protocol;

/** A tokeniser of untrusted markup, spelt the British way, reading plain text. */
final class HtmlTokeniser { // expect: protocol.codec-types

    private State state = State.DATA;
    private final String input;
    private int pos;

    HtmlTokeniser(String input) {
        this.input = input;
    }

    char current() {
        return input.charAt(pos);
    }

    char consume() {
        return input.charAt(pos++);
    }

    void transition(State next) {
        state = next;
    }

    /** States as enum constants, each switching on the next character and naming the state to go to. */
    enum State {
        DATA {
            @Override
            void read(HtmlTokeniser t) {
                switch (t.current()) { // expect: protocol.input-state-machines
                    case '<' -> t.transition(TAG_OPEN);
                    default -> t.consume();
                }
            }
        },
        TAG_OPEN {
            @Override
            void read(HtmlTokeniser t) {
                char c = t.consume();
                switch (c) { // expect: protocol.input-state-machines
                    case '/':
                        t.transition(DATA);
                        break;
                    default:
                        t.transition(DATA);
                }
            }
        };

        abstract void read(HtmlTokeniser t);
    }
}

/** Near-miss: enum constants that switch on their own configuration, not on input. */
enum Level {
    LOW {
        @Override
        int weight(int factor) {
            switch (factor) {
                case 1:
                    return 1;
                default:
                    return 2;
            }
        }
    },
    HIGH {
        @Override
        int weight(int factor) {
            return LOW.weight(factor) * 2;
        }
    };

    abstract int weight(int factor);
}
