package io.github.rustfit.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rustfit.core.cache.CacheMode;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.manifest.ManifestCommands;
import io.github.rustfit.core.manifest.ShellWords;
import io.github.rustfit.core.review.ReviewPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitRunTest {

    @TempDir
    Path root;

    @Test
    void writes_a_starter_manifest_with_a_component_for_the_module() throws Exception {
        String said = InitRun.init(options(), AnalysisListener.SILENT);

        String review = ManifestCommands.of("0.1.0-SNAPSHOT").review();
        assertThat(said)
                .startsWith("rust-fit: wrote a starter manifest with 1 component(s)")
                .endsWith(" record a review with this command, each quoted <...> filled in: " + review);
        assertThat(ShellWords.of(review)).hasSize(6);
        assertThat(root.resolve("rust-fit.yaml")).content().contains("codec");
    }

    @Test
    void never_replaces_a_manifest_someone_wrote_while_the_reactor_was_analysed() throws Exception {
        Path manifest = root.resolve("rust-fit.yaml");
        AnalysisListener teammate = new AnalysisListener() {
            @Override
            public void info(String message) {}

            @Override
            public void warn(String message) {}

            @Override
            public void debug(String message) {
                // the analysis is under way: the manifest did not exist when init checked
                try {
                    if (Files.notExists(manifest)) {
                        Files.writeString(manifest, "components: [] # written by hand meanwhile\n");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };

        assertThatThrownBy(() -> InitRun.init(options(), teammate))
                .isInstanceOf(RunException.class)
                .hasMessageContaining("already exists; init never overwrites a manifest");
        assertThat(manifest).hasContent("components: [] # written by hand meanwhile");
    }

    private RunOptions options() throws IOException {
        OneCodecReactor.write(root);
        return OneCodecReactor.options(root, CacheMode.OFF, ReviewPolicy.defaults());
    }
}
