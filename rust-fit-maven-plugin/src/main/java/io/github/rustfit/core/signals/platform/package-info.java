/** Signals of unusual platforms to compile for: WebAssembly and the browser, and constrained devices. */
package io.github.rustfit.core.signals.platform;
