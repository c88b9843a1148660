/**
 * One run of the plugin, Maven-free: given plain {@link io.github.rustfit.run.RunOptions} it reads
 * the manifest once, analyses the reactor, judges the reviews once, writes the result, the review
 * stubs and (when asked) the reports, and returns one {@link io.github.rustfit.run.RunOutcome}.
 * {@code init} and {@code review} are runs of their own beside it. The Mojos only turn their
 * parameters into options and make one call here.
 */
package io.github.rustfit.run;
