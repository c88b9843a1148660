/**
 * Signals of parsing and protocol code on the data plane: byte buffers, binary streams, bit-level
 * decoding, codec-shaped types and state machines driven by input.
 */
package io.github.rustfit.core.signals.protocol;
