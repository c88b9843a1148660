/** Signals of codec work on the data plane: compression, checksums and cryptographic transforms. */
package io.github.rustfit.core.signals.codec;
