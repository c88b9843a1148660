package fixtures.protocol;

import java.util.ArrayList;
import java.util.List;

/** A tokenizer over characters, driven by an explicit state. */
final class CsvTokenizer { // expect: protocol.codec-types

    enum LexState {
        FIELD,
        QUOTED,
        AFTER_QUOTE
    }

    List<String> tokenize(CharSequence input) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        LexState current = LexState.FIELD;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            switch (current) { // expect: protocol.input-state-machines
                case FIELD -> {
                    if (c == '"') {
                        current = LexState.QUOTED;
                    } else if (c == ',') {
                        fields.add(field.toString());
                        field.setLength(0);
                    } else {
                        field.append(c);
                    }
                }
                case QUOTED -> {
                    if (c == '"') {
                        current = LexState.AFTER_QUOTE;
                    } else {
                        field.append(c);
                    }
                }
                case AFTER_QUOTE -> current = LexState.FIELD;
            }
        }
        fields.add(field.toString());
        return fields;
    }

    int countLines(byte[] data) {
        int state = 0;
        int lines = 0;
        for (byte b : data) {
            switch (state) { // expect: protocol.input-state-machines
                case 0:
                    if (b == '\r') {
                        state = 1;
                    }
                    break;
                default:
                    lines++;
                    state = 0;
            }
        }
        return lines;
    }
}

/** Near-miss: a game loop switches on its state but consumes no input. */
final class GameLoop {
    enum Screen {
        MENU,
        PLAYING
    }

    private Screen state = Screen.MENU;
    private boolean running = true;

    void run() {
        while (running) {
            switch (state) {
                case MENU -> render("menu");
                case PLAYING -> render("game");
            }
        }
    }

    void render(String what) {
        running = !what.isEmpty();
    }
}
