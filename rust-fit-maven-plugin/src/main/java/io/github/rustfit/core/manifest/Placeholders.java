package io.github.rustfit.core.manifest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells text a person wrote from an empty value or a placeholder ({@code TODO}, {@code TBD},
 * {@code ...}, or one in angle brackets such as the printed review command's
 * {@code <why, in your own words>}): a review's rationale and a suppression's reason must say
 * something.
 */
public final class Placeholders {

    private static final Pattern MARKERS =
            Pattern.compile("\\b(todo|tbd|tbc|fixme|xxx|placeholder|lorem ipsum)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> EMPTY_WORDS = Set.of(
            "n/a", "na", "none", "nothing", "-", "?", "...", "rationale", "see above", "same", "ok", "yes", "no");

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
     * True when the value is a placeholder in angle brackets, such as {@code <names>}: what a
     * printed command leaves to fill in ({@link ManifestCommands}).
     */
    public static boolean isToFill(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.length() > 2 && stripped.startsWith("<") && stripped.endsWith(">");
    }
}
