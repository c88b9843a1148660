package io.github.rustfit.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The configuration that shaped an analysis, recorded so a reader knows what was looked at, and a
 * comparison with an earlier result can tell a change of settings from a change of code.
 *
 * @param languageLevel the Java language level the sources were parsed at
 * @param includeTests whether test source roots were analysed
 * @param includeGenerated whether generated source roots were analysed
 * @param maxEvidencePerSignal how many evidence lines each module keeps per signal
 * @param excludes the globs of {@code rustfit.excludes}, as given (left out of the file when there
 *     are none, as in results written before they were recorded)
 */
public record RunSettings(
        String languageLevel,
        boolean includeTests,
        boolean includeGenerated,
        int maxEvidencePerSignal,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> excludes) {

    public RunSettings {
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
    }

    /** Settings without excludes. */
    public RunSettings(String languageLevel, boolean includeTests, boolean includeGenerated, int maxEvidencePerSignal) {
        this(languageLevel, includeTests, includeGenerated, maxEvidencePerSignal, List.of());
    }
}
