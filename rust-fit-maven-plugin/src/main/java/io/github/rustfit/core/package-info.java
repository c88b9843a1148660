/**
 * The Maven-free analysis core: sources in, an {@link io.github.rustfit.core.result.AnalysisResult}
 * out. Nothing below this package imports Maven types; the Mojos in {@code io.github.rustfit.maven}
 * translate a reactor into an {@link io.github.rustfit.core.analysis.AnalysisRequest} and back.
 */
package io.github.rustfit.core;
