package io.github.rustfit.core.manifest;

/**
 * A place in a manifest file.
 *
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Location(int line, int column) {

    public static final Location UNKNOWN = new Location(0, 0);

    /** {@code ":12:5"}, or empty when the place is unknown, to append to a file name. */
    public String suffix() {
        if (line <= 0) {
            return "";
        }
        return column > 0 ? ":" + line + ":" + column : ":" + line;
    }
}
