package io.github.rustfit.core.result;

/**
 * The configuration that shaped an analysis, recorded so a reader knows what was looked at.
 *
 * @param languageLevel the Java language level the sources were parsed at
 * @param includeTests whether test source roots were analysed
 * @param includeGenerated whether generated source roots were analysed
 * @param maxEvidencePerSignal how many evidence lines each module keeps per signal
 */
public record RunSettings(
        String languageLevel, boolean includeTests, boolean includeGenerated, int maxEvidencePerSignal) {}
