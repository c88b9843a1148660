/** Signals of code kept only for compatibility: deprecated types and generated sources. */
package io.github.rustfit.core.signals.legacy;
