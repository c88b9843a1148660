package io.github.rustfit.maven;

/**
 * What fails the build; only the {@code check} goal lets a user choose.
 *
 * @param missingReview review problems fail (else they warn)
 * @param manifestMismatch modules outside every component, and components naming no module, fail
 * @param unreadableSources modules whose sources could not all be read fail
 * @param unseenProject a build of part of the project that cannot read the rest fails: its gate
 *     would judge with dependents unseen
 */
record FailOn(boolean missingReview, boolean manifestMismatch, boolean unreadableSources, boolean unseenProject) {

    /** Review problems and unreadable sources fail; mismatches and an unseen project warn. */
    static final FailOn DEFAULTS = new FailOn(true, false, true, false);
}
