package io.github.rustfit.core.criteria;

/** An answer to one of the article's three questions. */
public enum Answer {
    YES,
    NO,
    /** The evidence does not decide; a team's declared answer should. */
    UNKNOWN
}
