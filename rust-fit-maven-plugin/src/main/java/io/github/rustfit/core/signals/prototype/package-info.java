/** Signals that a module is not production code: examples, demos, prototypes, benchmarks, test support. */
package io.github.rustfit.core.signals.prototype;
