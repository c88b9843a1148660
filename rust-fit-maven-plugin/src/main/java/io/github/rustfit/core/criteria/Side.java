package io.github.rustfit.core.criteria;

/** Which way a criterion pulls a module: towards a Rust rewrite, or away from one. */
public enum Side {
    /** Evidence that Rust's guarantees would pay for themselves here. */
    STRONG_FIT,
    /** Evidence that Rust would cost more than it returns here. */
    AVOID
}
