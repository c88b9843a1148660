package io.github.rustfit.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rustfit.core.cache.CacheMode;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.manifest.ReviewDecision;
import io.github.rustfit.core.review.ReviewPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewRunTest {

    @TempDir
    Path root;

    private static final ReviewRun.ReviewRequest REVIEW = new ReviewRun.ReviewRequest(
            "codec",
            ReviewDecision.STAY_ON_JVM,
            "Decoding is delegated to a library.",
            List.of("alice"),
            LocalDate.of(2027, 6, 1));

    private RunOptions options() throws Exception {
        OneCodecReactor.write(root);
        return OneCodecReactor.options(root, CacheMode.OFF, ReviewPolicy.defaults());
    }

    /**
     * As a user saw it: with the component's module misspelt, review said it recorded the review in
     * that component, while it had started a second one named by the module's path.
     */
    @Test
    void a_component_that_names_the_module_misspelt_is_pointed_at_and_nothing_is_written() throws Exception {
        RunOptions options = options();
        String manifest = "version: 1\ncomponents:\n  - name: codec\n    modules: [codc]\n";
        Files.writeString(options.manifestFile(), manifest);

        assertThatThrownBy(() -> ReviewRun.record(options, REVIEW, AnalysisListener.SILENT))
                .isInstanceOf(RunException.class)
                .hasMessage("rust-fit: component 'codec' (" + options.manifestFile()
                        + ":4) lists 'codc', which is no module of this reactor; did you mean codec? Fix that"
                        + " entry, then run the review again: recording it now would start a second component"
                        + " for codec.");
        assertThat(Files.readString(options.manifestFile(), StandardCharsets.UTF_8))
                .isEqualTo(manifest);
    }

    @Test
    void the_line_that_says_what_was_recorded_names_the_component_written() throws Exception {
        RunOptions options = options();
        // a component of that name lists a module nothing like it, so the new one needs another name
        Files.writeString(
                options.manifestFile(), "version: 1\ncomponents:\n  - name: codec\n    modules: [storage-engine]\n");

        ReviewRun.Recorded recorded = ReviewRun.record(options, REVIEW, AnalysisListener.SILENT);

        assertThat(Files.readString(options.manifestFile(), StandardCharsets.UTF_8))
                .contains("- name: codec-2");
        assertThat(recorded.message()).startsWith("rust-fit: recorded the review of codec (component 'codec-2')");
    }
}
