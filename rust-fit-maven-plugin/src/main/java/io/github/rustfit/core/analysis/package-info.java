/**
 * Runs an analysis: turns an {@link io.github.rustfit.core.analysis.AnalysisRequest} (plain paths
 * and settings, no Maven types) into an {@link io.github.rustfit.core.result.AnalysisResult} in one
 * reactor-wide pass over the sources.
 */
package io.github.rustfit.core.analysis;
