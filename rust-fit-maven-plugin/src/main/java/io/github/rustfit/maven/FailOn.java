package io.github.rustfit.maven;

/**
 * What fails the build; only the {@code check} goal lets a user choose.
 *
 * @param missingReview review problems fail (else they warn)
 * @param manifestMismatch modules outside every component, and components naming no module, fail
 * @param unreadableSources modules whose sources could not all be read fail
 */
record FailOn(boolean missingReview, boolean manifestMismatch, boolean unreadableSources) {

    /** Review problems and unreadable sources fail; mismatches warn. */
    static final FailOn DEFAULTS = new FailOn(true, false, true);
}
