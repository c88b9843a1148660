package io.github.rustfit.core.manifest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells text a person wrote from an empty value or a placeholder ({@code TODO}, {@code TBD},
 * {@code ...}, or one in angle brackets such as the printed review command's
 * {@code <why, in your own words>}): a review's rationale and a suppression's reason must say
 * something, and a reviewer must be someone.
 */
public final class Placeholders {

    private static final Pattern MARKERS =
            Pattern.compile("\\b(todo|tbd|tbc|fixme|xxx|placeholder|lorem ipsum)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> EMPTY_WORDS = Set.of(
            "n/a", "na", "none", "nothing", "-", "?", "...", "rationale", "see above", "same", "ok", "yes", "no");

    /** Words that stand where a name should be; fewer than {@link #EMPTY_WORDS}, as "Na" or "No" may be a name. */
    private static final Set<String> NO_NAMES = Set.of("n/a", "none", "nobody", "no one", "unknown", "name", "names");

    private Placeholders() {}

    /** True when the text is missing, blank, a marker such as TODO, a value to fill in, or says nothing. */
    public static boolean isPlaceholder(String text) {
        if (text == null || text.isBlank() || isToFill(text)) {
            return true;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (MARKERS.matcher(lower).find() || EMPTY_WORDS.contains(lower.replaceAll("[.!]+$", ""))) {
            return true;
        }
        return lower.chars().noneMatch(Character::isLetter);
    }

    /**
     * True when the reviewer's name is missing, blank, a marker such as TODO, a value to fill in
     * ({@code <names>}), a word such as {@code none}, or has no letter ({@code -}).
     */
    public static boolean isPlaceholderName(String name) {
        if (name == null || name.isBlank() || isToFill(name)) {
            return true;
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return MARKERS.matcher(lower).find()
                || NO_NAMES.contains(lower.replaceAll("[.!]+$", ""))
                || lower.chars().noneMatch(Character::isLetter);
    }

    /**
     * True when the value is a placeholder in angle brackets, such as {@code <names>}: what a
     * printed command leaves to fill in ({@link ManifestCommands}).
     */
    public static boolean isToFill(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.length() > 2 && stripped.startsWith("<") && stripped.endsWith(">");
    }
}
