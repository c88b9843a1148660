package io.github.rustfit.core.review;

/**
 * One thing the review gate found wrong, as one line for the build log.
 *
 * @param module the module (artifactId) or, for a phantom, the name the manifest uses
 * @param kind what is wrong
 * @param severity whether it fails the build
 * @param message {@code <module>: <what is wrong> (<manifest>[:line]). Fix: <fix>}
 */
public record ReviewProblem(String module, Kind kind, Severity severity, String message) {

    /** What is wrong. */
    public enum Kind {
        MISSING_REVIEW,
        STALE_EVIDENCE,
        VERDICT_ROSE,
        EXPIRED,
        DUE_SOON,
        PLACEHOLDER_RATIONALE,
        NO_REVIEWER,
        UNCOVERED_MODULE,
        PHANTOM_MODULE,
        UNREADABLE_SOURCES,
        DUPLICATE_MODULE
    }

    /** Whether a problem fails the build. */
    public enum Severity {
        ERROR,
        WARNING
    }
}
