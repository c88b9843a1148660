/** Signals of self-referential, graph-shaped data: types that point at themselves, and observer lists. */
package io.github.rustfit.core.signals.graph;
