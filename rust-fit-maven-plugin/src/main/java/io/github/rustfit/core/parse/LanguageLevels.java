package io.github.rustfit.core.parse;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Chooses the JavaParser language level from a user's setting. */
public final class LanguageLevels {

    private LanguageLevels() {}

    /**
     * The newest released Java version the bundled JavaParser knows, so records, sealed types,
     * pattern matching and other recent syntax parse without configuration.
     */
    public static LanguageLevel newest() {
        List<LanguageLevel> released = releasedLevels();
        return released.get(released.size() - 1);
    }

    /**
     * Resolves a level written as {@code 21}, {@code JAVA_21}, {@code java21} or {@code 1.8}; empty
     * means {@link #newest()}.
     *
     * @throws IllegalArgumentException naming the levels that are accepted
     */
    public static LanguageLevel resolve(Optional<String> setting) {
        if (setting.isEmpty() || setting.get().isBlank()) {
            return newest();
        }
        String raw = setting.get().strip().toUpperCase(Locale.ROOT);
        String number = raw.replaceFirst("^JAVA_?", "").replace('.', '_');
        if (number.startsWith("1_") && !number.equals("1_0") && number.length() == 3 && number.charAt(2) >= '5') {
            number = number.substring(2); // 1.8 means 8
        }
        String candidate = "JAVA_" + number;
        return Arrays.stream(LanguageLevel.values())
                .filter(level -> level.name().equals(candidate) || level.name().equals(raw))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown Java language level '"
                        + setting.get()
                        + "'. Use a Java version such as 17 or 21 (newest known: "
                        + newest().name().substring("JAVA_".length())
                        + "), or one of "
                        + releasedLevels()));
    }

    private static List<LanguageLevel> releasedLevels() {
        return Arrays.stream(LanguageLevel.values())
                .filter(level -> level.name().matches("JAVA_\\d+(_\\d+)?"))
                .toList();
    }
}
