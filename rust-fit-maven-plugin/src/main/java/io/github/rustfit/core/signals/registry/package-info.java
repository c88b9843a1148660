/**
 * The one explicit list of signals: every file signal and module signal the analysis applies,
 * sorted by id. It sits apart from the signal API in {@code core.signals}, which every family
 * package depends on, so that the API depends on no family.
 */
package io.github.rustfit.core.signals.registry;
