package io.github.rustfit.run;

import io.github.rustfit.core.analysis.AnalysisRequest;
import io.github.rustfit.core.analysis.ModuleRequest;
import io.github.rustfit.core.analysis.TestReactors;
import io.github.rustfit.core.cache.CacheMode;
import io.github.rustfit.core.fork.ForkMode;
import io.github.rustfit.core.manifest.ManifestCommands;
import io.github.rustfit.core.review.ReviewPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A reactor of one module, {@code codec}, with one byte-level decoder, and the run options over it. */
final class OneCodecReactor {

    private OneCodecReactor() {}

    /** Writes the module's source under {@code root}. */
    static void write(Path root) throws IOException {
        TestReactors.write(
                root,
                "codec/src/main/java/demo/Decoder.java",
                "package demo;\nclass Decoder { int next(byte[] b, int i) { return b[i] & 0xff; } }\n");
    }

    /**
     * Options over the reactor at {@code root}: results under {@code target/rust-fit}, the cache
     * (when on) beside them, the manifest at the top, today 2026-12-01.
     */
    static RunOptions options(Path root, CacheMode cache, ReviewPolicy policy) {
        ModuleRequest request = TestReactors.module(root, "codec");
        return new RunOptions(
                new AnalysisRequest(root, List.of(request), Optional.empty(), false, false, 20, "test-version"),
                new AnalyzerOptions(1, 1 << 20, ForkMode.NEVER, List.of()),
                new CacheOptions(
                        cache,
                        root.resolve("target/rust-fit/cache.zip"),
                        root.resolve("cache.key"),
                        Optional.empty(),
                        "build"),
                root.resolve("rust-fit.yaml"),
                root.resolve("target/rust-fit"),
                policy,
                LocalDate.of(2026, 12, 1),
                ManifestCommands.of("0.1.0-SNAPSHOT"),
                Optional.empty());
    }
}
