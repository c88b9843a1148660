/**
 * Signals of hand-built hot-path structures: open-addressing hash tables, power-of-two masked
 * indexing as in ring buffers, object pools and per-thread scratch buffers.
 */
package io.github.rustfit.core.signals.hotpath;
