package io.github.rustfit.run;

import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.review.GateOutcome;
import java.util.Optional;

/**
 * What one run produced: the result as written (with every module's review state), the gate's
 * judgement, the manifest it was judged against, and the options it ran with.
 *
 * @param result the result written to {@code rust-fit.json}
 * @param gate the review gate's judgement
 * @param manifest the manifest, if there is one
 * @param options what the run was given
 */
public record RunOutcome(AnalysisResult result, GateOutcome gate, Optional<Manifest> manifest, RunOptions options) {}
