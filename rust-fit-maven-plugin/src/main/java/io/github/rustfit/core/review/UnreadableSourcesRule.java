package io.github.rustfit.core.review;

import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.review.ReviewProblem.Kind;
import java.util.Locale;
import java.util.Optional;

/**
 * A module whose sources could not all be read may be a candidate the gate cannot see, whatever
 * its verdict on what could be read.
 */
final class UnreadableSourcesRule {

    static final String UNREADABLE = "%d source director%s or file%s could not be read, so its verdict %s may be"
            + " understated and whether it needs a review cannot be known";
    static final String FIRST = "see the module's notes, first: %s";
    static final String MAKE_READABLE = "make the sources readable by the build, or set"
            + " rustfit.failOnUnreadableSources=false to accept judging it on what could be read.";

    /** How the analysis notes an unreadable directory or file: {@code <path> could not be read (...)}. */
    private static final String NOTED = " could not be read ";

    private UnreadableSourcesRule() {}

    static Optional<ReviewProblem> check(ModuleResult module, ReviewPolicy policy) {
        int count = module.sources().files().unreadable();
        if (count == 0) {
            return Optional.empty();
        }
        String first = module.sources().notes().stream()
                .filter(note -> note.contains(NOTED))
                .findFirst()
                .map(note -> note.substring(0, note.indexOf(NOTED)))
                .orElse("?");
        return Optional.of(ReviewProblem.of(
                module.artifactId(),
                Kind.UNREADABLE_SOURCES,
                policy,
                String.format(Locale.ROOT, FIRST, first),
                String.format(
                        Locale.ROOT,
                        UNREADABLE,
                        count,
                        count == 1 ? "y" : "ies",
                        count == 1 ? "" : "s",
                        module.verdict()),
                MAKE_READABLE));
    }
}
