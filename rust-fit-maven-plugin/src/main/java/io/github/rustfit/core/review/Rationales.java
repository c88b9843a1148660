package io.github.rustfit.core.review;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Tells a written rationale from an empty one or a placeholder. */
public final class Rationales {

    /** The rationale review stubs carry: the gate rejects it until a person replaces it. */
    public static final String STUB = "TODO: say why, in the team's own words";

    private static final Pattern MARKERS =
            Pattern.compile("\\b(todo|tbd|tbc|fixme|xxx|placeholder|lorem ipsum)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> EMPTY_WORDS = Set.of(
            "n/a", "na", "none", "nothing", "-", "?", "...", "rationale", "see above", "same", "ok", "yes", "no");

    private Rationales() {}

    /** True when the rationale is missing, blank, a marker such as TODO, or says nothing. */
    public static boolean isPlaceholder(String rationale) {
        if (rationale == null || rationale.isBlank()) {
            return true;
        }
        String text = rationale.strip().toLowerCase(Locale.ROOT);
        if (MARKERS.matcher(text).find() || EMPTY_WORDS.contains(text.replaceAll("[.!]+$", ""))) {
            return true;
        }
        return text.chars().noneMatch(Character::isLetter);
    }
}
