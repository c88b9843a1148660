package io.github.rustfit.run;

import io.github.rustfit.core.analysis.Completion;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.io.AtomicFiles;
import io.github.rustfit.core.manifest.ClosestMatch;
import io.github.rustfit.core.manifest.Component;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.manifest.ManifestEditor;
import io.github.rustfit.core.manifest.ManifestException;
import io.github.rustfit.core.manifest.ManifestReader;
import io.github.rustfit.core.manifest.Review;
import io.github.rustfit.core.manifest.ReviewDecision;
import io.github.rustfit.core.manifest.ReviewEvidence;
import io.github.rustfit.core.manifest.ReviewValueException;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.review.Coverage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code review} goal's run: analyses, records one review (dated today, with the digest of the
 * evidence now) in the manifest, changing nothing else in it, then judges once against the edited
 * manifest and writes the result and stubs once, so both show the review just recorded.
 */
public final class ReviewRun {

    /** Said once the review is recorded. */
    public static final String RECORDED =
            "rust-fit: recorded the review of %s (component '%s') in %s: %s, revisit by %s";

    /**
     * The review to record, validated.
     *
     * @param module the module's artifactId or path
     * @param decision what the review decided
     * @param rationale why, in the team's words
     * @param reviewers who reviewed
     * @param revisitBy when to look again
     */
    public record ReviewRequest(
            String module, ReviewDecision decision, String rationale, List<String> reviewers, LocalDate revisitBy) {

        public ReviewRequest {
            reviewers = List.copyOf(reviewers);
        }
    }

    private ReviewRun() {}

    /** Records the review and returns the outcome judged with it, and the line that says so. */
    public static Recorded record(RunOptions options, ReviewRequest request, AnalysisListener listener)
            throws RunException {
        Optional<Manifest> manifest = ReactorRun.readManifest(options);
        return ReactorRun.analyse(
                options,
                manifest,
                listener,
                (analysed, earlier) -> record(analysed, earlier, manifest, options, request));
    }

    /** Records the review in the manifest, then judges and writes against the edited manifest. */
    private static Completion.Completed<Recorded> record(
            AnalysisResult analysed,
            Optional<Completion.Earlier> earlier,
            Optional<Manifest> manifest,
            RunOptions options,
            ReviewRequest request)
            throws RunException {
        ModuleResult reviewed = analysed.modules().stream()
                .filter(m -> m.artifactId().equals(request.module()) || m.path().equals(request.module()))
                .findFirst()
                .orElseThrow(() -> new RunException(
                        "rust-fit: rustfit.module '" + request.module() + "' is not a module of this reactor"));
        Optional<Component> component = manifest.flatMap(m -> m.componentFor(reviewed.artifactId(), reviewed.path()));
        if (component.isEmpty() && manifest.isPresent()) {
            refuseMisspeltEntry(manifest.get(), options.manifestFile(), analysed, reviewed);
        }
        Review review = new Review(
                request.decision(),
                request.rationale(),
                request.reviewers(),
                options.today(),
                request.revisitBy(),
                ReviewEvidence.of(Coverage.covered(analysed.modules(), reviewed, component))
                        .seen());
        Manifest edited = edit(options.manifestFile(), manifest, reviewed, review);
        Completion.Completed<RunOutcome> judged =
                ReactorRun.judgeAndWrite(analysed, earlier, Optional.of(edited), options);
        RunOutcome outcome = judged.outcome();
        String line = String.format(
                Locale.ROOT,
                RECORDED,
                reviewed.artifactId(),
                edited.componentFor(reviewed.artifactId(), reviewed.path())
                        .map(Component::name)
                        .orElse(reviewed.artifactId()),
                options.manifestFile(),
                request.decision().yamlName(),
                request.revisitBy());
        return new Completion.Completed<>(new Recorded(outcome, line), judged.written());
    }

    /** Said when a component lists the reviewed module misspelt: a review now would start a second one. */
    static final String MISSPELT = "rust-fit: component '%s' (%s:%d) lists '%s', which is no module of this reactor;"
            + " did you mean %s? Fix that entry, then run the review again: recording it now would start a second"
            + " component for %s.";

    /**
     * Refuses the review when no component covers the module but one lists a name that is no module
     * of the reactor and is closest to this one: the team meant that component, misspelt.
     */
    private static void refuseMisspeltEntry(
            Manifest manifest, Path file, AnalysisResult analysed, ModuleResult reviewed) throws RunException {
        Set<String> names = new LinkedHashSet<>();
        for (ModuleResult module : analysed.modules()) {
            names.add(module.artifactId());
            names.add(module.path());
        }
        for (Component candidate : manifest.components()) {
            for (String listed : candidate.modules()) {
                if (names.contains(listed)) {
                    continue;
                }
                Optional<String> closest = ClosestMatch.among(listed, names);
                if (closest.isPresent()
                        && (closest.get().equals(reviewed.artifactId())
                                || closest.get().equals(reviewed.path()))) {
                    throw new RunException(String.format(
                            Locale.ROOT,
                            MISSPELT,
                            candidate.name(),
                            file,
                            manifest.locationOf(candidate, "modules").line(),
                            listed,
                            closest.get(),
                            reviewed.artifactId()));
                }
            }
        }
    }

    /**
     * What a review run did.
     *
     * @param outcome the run judged against the manifest with the new review
     * @param message the line that says what was recorded where
     */
    public record Recorded(RunOutcome outcome, String message) {}

    private static Manifest edit(Path file, Optional<Manifest> manifest, ModuleResult reviewed, Review review)
            throws RunException {
        try {
            String text = manifest.isPresent() ? Files.readString(file, StandardCharsets.UTF_8) : "";
            String edited =
                    ManifestEditor.recordReview(file, manifest, text, reviewed.artifactId(), reviewed.path(), review);
            AtomicFiles.writeString(file, edited);
            return ManifestReader.parse(file, edited);
        } catch (ManifestException e) {
            throw new RunException(e.getMessage(), e);
        } catch (ReviewValueException e) {
            throw new RunException("rust-fit: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RunException("rust-fit: could not update " + file + ": " + e.getMessage(), e);
        }
    }
}
