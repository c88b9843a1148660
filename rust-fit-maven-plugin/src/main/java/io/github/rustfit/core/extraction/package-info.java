/**
 * Where to cut a candidate module: per file, what it declares and refers to ({@link
 * io.github.rustfit.core.extraction.FileFacts}, collected from the same single parse by {@link
 * io.github.rustfit.core.extraction.FactCollector}); per module, once it is tallied, the cut around
 * its hotspots, what its members would pass across a boundary and what the cut needs; and, once the
 * whole reactor is done, the extraction plan with its boundary verdict ({@link
 * io.github.rustfit.core.extraction.ExtractionPlanner}). Names are resolved from imports, the package
 * and the reactor's own types, without a class path; what cannot be resolved is said, never guessed.
 */
package io.github.rustfit.core.extraction;
