package io.github.rustfit.core.signals.role;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds a marker word among a module name's lower-cased parts. */
final class NameMarkers {

    private NameMarkers() {}

    /** The first part that is one of {@code words}, or the first two parts joined by '-' that are. */
    static Optional<String> word(List<String> tokens, Set<String> words) {
        for (int i = 0; i < tokens.size(); i++) {
            if (words.contains(tokens.get(i))) {
                return Optional.of(tokens.get(i));
            }
            if (i + 1 < tokens.size()) {
                String pair = tokens.get(i) + "-" + tokens.get(i + 1);
                if (words.contains(pair)) {
                    return Optional.of(pair);
                }
            }
        }
        return Optional.empty();
    }

    /** The last part, when it is one of {@code words}. */
    static Optional<String> lastWord(List<String> tokens, Set<String> words) {
        return tokens.isEmpty() || !words.contains(tokens.get(tokens.size() - 1))
                ? Optional.empty()
                : Optional.of(tokens.get(tokens.size() - 1));
    }
}
