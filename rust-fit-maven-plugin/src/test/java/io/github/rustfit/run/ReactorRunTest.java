package io.github.rustfit.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.analysis.RecordingListener;
import io.github.rustfit.core.cache.CacheMode;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.result.ResultFiles;
import io.github.rustfit.core.result.ReviewState;
import io.github.rustfit.core.review.ReviewPolicy;
import io.github.rustfit.core.review.ReviewRequirement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run keeps in its cache the result as it wrote it, so that a run over an unchanged reactor
 * whose result comes out the same leaves the written file alone, and writes it whenever anything in
 * it, or in the file, differs.
 */
class ReactorRunTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path root;

    private Path resultFile;

    @BeforeEach
    void reactor() throws IOException {
        OneCodecReactor.write(root);
        resultFile = root.resolve("target/rust-fit/rust-fit.json");
    }

    @Test
    void a_run_over_an_unchanged_reactor_leaves_the_result_it_wrote_as_it_is() throws Exception {
        RunOutcome first = ReactorRun.analyze(options(ReviewPolicy.defaults()), AnalysisListener.SILENT);
        byte[] written = Files.readAllBytes(resultFile);
        Files.setLastModifiedTime(resultFile, LONG_AGO);

        RunOutcome second = ReactorRun.analyze(options(ReviewPolicy.defaults()), AnalysisListener.SILENT);

        assertThat(second.result()).isEqualTo(first.result());
        assertThat(Files.getLastModifiedTime(resultFile)).isEqualTo(LONG_AGO);
        assertThat(resultFile).hasBinaryContent(written);
    }

    @Test
    void a_cache_key_from_the_environment_too_short_to_trust_runs_without_the_cache_as_a_short_key_file_does()
            throws Exception {
        ReactorRun.analyze(options(ReviewPolicy.defaults()), AnalysisListener.SILENT); // a cache under the file's key
        Path cacheFile = root.resolve("target/rust-fit/cache.zip");
        byte[] cache = Files.readAllBytes(cacheFile);
        RunOptions plain = options(ReviewPolicy.defaults());
        RunOptions shortSecret = new RunOptions(
                plain.request(),
                plain.analyzer(),
                new CacheOptions(
                        CacheMode.READ_WRITE, cacheFile, root.resolve("cache.key"), Optional.of("abc"), "build"),
                plain.manifestFile(),
                plain.outputDirectory(),
                plain.policy(),
                plain.today(),
                plain.commands(),
                plain.projectModules());
        RecordingListener listener = new RecordingListener();

        RunOutcome outcome = ReactorRun.analyze(shortSecret, listener);

        assertThat(outcome.result().modules()).hasSize(1);
        assertThat(listener.warnings)
                .containsExactly("rust-fit: no analysis cache this run: RUSTFIT_CACHE_KEY holds 3 character(s); a"
                        + " cache key needs at least 16, since a short one could be guessed, so no cache entry is"
                        + " trusted under it. Fix: set RUSTFIT_CACHE_KEY to a long random secret, such as the output"
                        + " of `openssl rand -hex 32`, or unset it to use the key file " + root.resolve("cache.key")
                        + ".");
        assertThat(String.join("\n", listener.info)).doesNotContain("reused");
        assertThat(cacheFile).as("the cache is neither read nor written").hasBinaryContent(cache);

        Files.writeString(root.resolve("short.key"), "abc\n");
        RecordingListener fileListener = new RecordingListener();
        ReactorRun.analyze(
                new RunOptions(
                        plain.request(),
                        plain.analyzer(),
                        new CacheOptions(
                                CacheMode.READ_WRITE, cacheFile, root.resolve("short.key"), Optional.empty(), "build"),
                        plain.manifestFile(),
                        plain.outputDirectory(),
                        plain.policy(),
                        plain.today(),
                        plain.commands(),
                        plain.projectModules()),
                fileListener);
        assertThat(fileListener.warnings)
                .containsExactly("rust-fit: no analysis cache this run: the cache key file " + root.resolve("short.key")
                        + " holds 3 character(s); a cache key needs at least 16, since a short one could be guessed,"
                        + " so no cache entry is trusted under it. Fix: delete the file, and the next run makes a new"
                        + " key in it.");
    }

    @Test
    void a_result_file_changed_since_is_written_again_though_the_reactor_is_unchanged() throws Exception {
        ReactorRun.analyze(options(ReviewPolicy.defaults()), AnalysisListener.SILENT);
        byte[] written = Files.readAllBytes(resultFile);
        Files.writeString(resultFile, new String(written, StandardCharsets.UTF_8).replace("\"codec\"", "\"other\""));

        ReactorRun.analyze(options(ReviewPolicy.defaults()), AnalysisListener.SILENT);

        assertThat(resultFile).hasBinaryContent(written);
    }

    @Test
    void a_deleted_result_file_is_written_again_though_the_reactor_is_unchanged() throws Exception {
        ReactorRun.analyze(options(ReviewPolicy.defaults()), AnalysisListener.SILENT);
        byte[] written = Files.readAllBytes(resultFile);
        Files.delete(resultFile);

        ReactorRun.analyze(options(ReviewPolicy.defaults()), AnalysisListener.SILENT);

        assertThat(resultFile).hasBinaryContent(written);
    }

    @Test
    void review_states_that_changed_over_an_unchanged_reactor_are_written() throws Exception {
        ReactorRun.analyze(options(ReviewPolicy.defaults()), AnalysisListener.SILENT);
        Files.setLastModifiedTime(resultFile, LONG_AGO);

        RunOutcome stricter = ReactorRun.analyze(
                options(ReviewPolicy.defaults().withRequirement(ReviewRequirement.ALL)), AnalysisListener.SILENT);

        assertThat(stricter.result().modules().get(0).review().status()).isEqualTo(ReviewState.Status.MISSING);
        assertThat(Files.getLastModifiedTime(resultFile)).isNotEqualTo(LONG_AGO);
        assertThat(ResultFiles.read(resultFile)).isEqualTo(stricter.result());
    }

    private RunOptions options(ReviewPolicy policy) {
        return OneCodecReactor.options(root, CacheMode.READ_WRITE, policy);
    }
}
