package io.github.rustfit.core.criteria;

/** What the decision rule concludes for one module, ordered from least to most Rust-worthy. */
public enum Verdict {
    /** The module has no Java sources to judge (for example a {@code pom} aggregator). */
    NOT_ANALYZED,
    /** Stay on the JVM: Rust would cost more than it returns. */
    KEEP,
    /** Worth a serious look: some of the article's questions say yes. */
    CONSIDER,
    /** Rust's guarantees are the product here: a recorded fit review is due. */
    STRONG_CANDIDATE;

    /** True when this verdict ranks at or above {@code other}. */
    public boolean isAtLeast(Verdict other) {
        return compareTo(other) >= 0;
    }
}
