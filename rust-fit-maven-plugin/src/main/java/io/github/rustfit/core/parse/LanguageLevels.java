package io.github.rustfit.core.parse;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the JavaParser language level from a user's setting. Settings are checked and cache keys
 * made by the levels' names: JavaParser's {@link LanguageLevel} builds a validator for every level
 * when it is first touched, a tenth of a second that a run served from the cache never needs.
 */
public final class LanguageLevels {

    /**
     * The names of the bundled JavaParser's levels, oldest first; {@code LanguageLevelsTest} keeps
     * this equal to {@link LanguageLevel#values()}.
     */
    static final List<String> NAMES = List.of(
            "JAVA_1_0",
            "JAVA_1_1",
            "JAVA_1_2",
            "JAVA_1_3",
            "JAVA_1_4",
            "JAVA_5",
            "JAVA_6",
            "JAVA_7",
            "JAVA_8",
            "JAVA_9",
            "JAVA_10",
            "JAVA_10_PREVIEW",
            "JAVA_11",
            "JAVA_11_PREVIEW",
            "JAVA_12",
            "JAVA_12_PREVIEW",
            "JAVA_13",
            "JAVA_13_PREVIEW",
            "JAVA_14",
            "JAVA_14_PREVIEW",
            "JAVA_15",
            "JAVA_15_PREVIEW",
            "JAVA_16",
            "JAVA_16_PREVIEW",
            "JAVA_17",
            "JAVA_17_PREVIEW",
            "JAVA_18",
            "JAVA_19",
            "JAVA_20",
            "JAVA_21",
            "JAVA_22",
            "JAVA_23",
            "JAVA_24",
            "JAVA_25",
            "JAVA_26");

    private LanguageLevels() {}

    /**
     * The newest released Java version the bundled JavaParser knows, so records, sealed types,
     * pattern matching and other recent syntax parse without configuration.
     */
    public static LanguageLevel newest() {
        return LanguageLevel.valueOf(newestName());
    }

    /** The name of {@link #newest()}, such as {@code JAVA_25}. */
    public static String newestName() {
        List<String> released = releasedLevels();
        return released.get(released.size() - 1);
    }

    /**
     * Resolves a level written as {@code 21}, {@code JAVA_21}, {@code java21} or {@code 1.8}; empty
     * means {@link #newest()}.
     *
     * @throws IllegalArgumentException naming the levels that are accepted
     */
    public static LanguageLevel resolve(Optional<String> setting) {
        return LanguageLevel.valueOf(resolveName(setting));
    }

    /**
     * The name of the level {@link #resolve} gives, without touching JavaParser.
     *
     * @throws IllegalArgumentException naming the levels that are accepted
     */
    public static String resolveName(Optional<String> setting) {
        if (setting.isEmpty() || setting.get().isBlank()) {
            return newestName();
        }
        String raw = setting.get().strip().toUpperCase(Locale.ROOT);
        String number = raw.replaceFirst("^JAVA_?", "").replace('.', '_');
        if (number.startsWith("1_") && !number.equals("1_0") && number.length() == 3 && number.charAt(2) >= '5') {
            number = number.substring(2); // 1.8 means 8
        }
        String candidate = "JAVA_" + number;
        return NAMES.stream()
                .filter(level -> level.equals(candidate) || level.equals(raw))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown Java language level '"
                        + setting.get()
                        + "'. Use a Java version such as 17 or 21 (newest known: "
                        + newestName().substring("JAVA_".length())
                        + "), or one of "
                        + releasedLevels()));
    }

    private static List<String> releasedLevels() {
        return NAMES.stream()
                .filter(level -> level.matches("JAVA_\\d+(_\\d+)?"))
                .toList();
    }
}
