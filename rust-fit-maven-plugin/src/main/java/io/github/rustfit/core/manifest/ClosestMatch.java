package io.github.rustfit.core.manifest;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word a misspelt one most likely meant ({@code reviewr} to {@code reviewers}). */
public final class ClosestMatch {

    private ClosestMatch() {}

    /** The closest candidate within a few edits (scaled to the word's length), if any. */
    public static Optional<String> among(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String other = candidate.toLowerCase(Locale.ROOT);
            int distance = other.startsWith(lower) && lower.length() >= 4 ? 1 : distance(lower, other);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, word.length() / 3);
        return best != null && bestDistance <= allowed && !best.equals(word) ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
