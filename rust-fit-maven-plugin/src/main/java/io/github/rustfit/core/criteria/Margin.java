package io.github.rustfit.core.criteria;

/**
 * How firm a verdict is: the smallest change in the module's strong-fit evidence, as a share of it,
 * that would give another verdict, and that verdict. A module whose verdict holds when its
 * strong-fit evidence is doubled or halved is firm: both fields are then null.
 *
 * @param distance the share by which the strong-fit evidence would have to grow (or shrink, by the
 *     same factor) for the verdict to change, from 0.05 to 1; null when firm
 * @param leansToward the verdict that change would give; null when firm
 */
public record Margin(Double distance, Verdict leansToward) {

    /** A verdict no change within a factor of two moves. */
    public static final Margin FIRM = new Margin(null, null);

    /** True when no change in evidence within a factor of two moves the verdict. */
    public boolean firm() {
        return distance == null;
    }
}
