package io.github.rustfit.core.fork;

/** When files are parsed in a separate JVM (see {@link ParsingProcess}). */
public enum ForkMode {
    /**
     * When enough files are likely to need parsing to pay for starting a JVM: {@value
     * #AUTO_MINIMUM_FILES} or more.
     */
    AUTO,
    /** Whenever the files are examined, even if the cache serves them all. */
    ALWAYS,
    /** Never: every file is parsed in Maven's JVM. */
    NEVER;

    /**
     * Below this many files to parse, starting a JVM costs about what its faster parsing saves. On
     * two cores, gson's 122 main files took the same time either way, and commons-compress's 408
     * about 0.8 s less in the separate JVM.
     */
    public static final int AUTO_MINIMUM_FILES = 200;

    /**
     * Whether to start a parsing JVM.
     *
     * @param likelyToParse how many files are likely to need parsing (those the cache knows
     *     nothing of)
     * @param files how many files are examined
     */
    public boolean forks(int likelyToParse, int files) {
        return switch (this) {
            case AUTO -> likelyToParse >= AUTO_MINIMUM_FILES;
            case ALWAYS -> files > 0;
            case NEVER -> false;
        };
    }
}
