/** Signals of numerical research code: dense floating-point array loops, heavy maths, numeric libraries. */
package io.github.rustfit.core.signals.numeric;
