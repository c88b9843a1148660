package io.github.rustfit.maven;

import io.github.rustfit.core.io.AtomicFiles;
import io.github.rustfit.core.manifest.ClosestMatch;
import io.github.rustfit.core.manifest.Component;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.manifest.ManifestException;
import io.github.rustfit.core.manifest.ManifestReader;
import io.github.rustfit.core.manifest.Review;
import io.github.rustfit.core.manifest.ReviewDecision;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.review.ManifestEditor;
import io.github.rustfit.core.review.Rationales;
import io.github.rustfit.core.review.ReviewEvidence;
import io.github.rustfit.core.review.ReviewValueException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Records or refreshes one module's fit review in the manifest, dated today and carrying the
 * digest of the evidence now. Only that review's block changes: every other byte of the manifest
 * stays as it was, and the file is replaced in one step.
 */
@Mojo(name = "review", aggregator = true, threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class ReviewMojo extends AbstractAnalysisMojo {

    /** Success. */
    static final String RECORDED = "rust-fit: recorded the review of %s (component '%s') in %s: %s, revisit by %s";

    /**
     * The reviewed module: its artifactId or its path from the reactor root.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.module", required = true)
    String module;

    /**
     * What the review decided: {@code rust-candidate}, {@code stay-on-jvm} or {@code revisit}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.decision", required = true)
    String decision;

    /**
     * Why, in the team's words. Placeholders such as TODO are refused.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.rationale", required = true)
    String rationale;

    /**
     * Who reviewed, comma-separated.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.reviewers", required = true)
    String reviewers;

    /**
     * When the review must be looked at again (yyyy-MM-dd). Six months from today when not set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "rustfit.revisitBy")
    String revisitBy;

    @Override
    void run() throws MojoExecutionException {
        ReviewDecision chosen = decision();
        if (Rationales.isPlaceholder(rationale)) {
            throw new MojoExecutionException("rustfit.rationale '" + (rationale == null ? "" : rationale.strip())
                    + "' is empty or a placeholder; write why the team decided " + chosen.yamlName()
                    + ", in its own words.");
        }
        List<String> names = reviewers == null
                ? List.of()
                : Arrays.stream(reviewers.split(","))
                        .map(String::strip)
                        .filter(name -> !name.isEmpty())
                        .toList();
        if (names.isEmpty()) {
            throw new MojoExecutionException("rustfit.reviewers names no one; list who reviewed, comma-separated,"
                    + " such as -Drustfit.reviewers=alice,bob");
        }
        LocalDate today = today();
        LocalDate revisit = revisitBy(today);

        AnalysisResult result = analyzeAndWrite();
        ModuleResult reviewed = find(result);
        Path file = manifestFile();
        Optional<Manifest> manifest = readManifest();
        Optional<Component> component = manifest.flatMap(m -> m.componentFor(reviewed.artifactId(), reviewed.path()));
        List<ModuleResult> covered = component
                .map(c -> result.modules().stream()
                        .filter(other -> c.covers(other.artifactId(), other.path()))
                        .toList())
                .orElse(List.of(reviewed));
        Review review = ReviewEvidence.of(covered).review(chosen, rationale.strip(), names, today, revisit);
        try {
            String text = manifest.isPresent() ? Files.readString(file, StandardCharsets.UTF_8) : "";
            String edited =
                    ManifestEditor.recordReview(file, manifest, text, reviewed.artifactId(), reviewed.path(), review);
            AtomicFiles.writeString(file, edited);
            // the result and the stubs should show the review just recorded
            judgeAndWrite(result, Optional.of(ManifestReader.parse(file, edited)));
        } catch (ManifestException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (ReviewValueException e) {
            throw new MojoExecutionException("rust-fit: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("rust-fit: could not update " + file + ": " + e.getMessage(), e);
        }
        getLog().info(String.format(
                Locale.ROOT,
                RECORDED,
                reviewed.artifactId(),
                component.map(Component::name).orElse(reviewed.artifactId()),
                file,
                chosen.yamlName(),
                revisit));
    }

    private ReviewDecision decision() throws MojoExecutionException {
        String given = decision == null ? "" : decision.strip();
        for (ReviewDecision candidate : ReviewDecision.values()) {
            if (candidate.yamlName().equalsIgnoreCase(given) || candidate.name().equalsIgnoreCase(given)) {
                return candidate;
            }
        }
        List<String> names =
                Stream.of(ReviewDecision.values()).map(ReviewDecision::yamlName).toList();
        throw new MojoExecutionException(
                "rustfit.decision '" + given + "' is not one of " + String.join(", ", names) + "."
                        + ClosestMatch.among(given, names)
                                .map(m -> " Did you mean " + m + "?")
                                .orElse(""));
    }

    private LocalDate revisitBy(LocalDate today) throws MojoExecutionException {
        if (revisitBy == null || revisitBy.isBlank()) {
            return today.plusMonths(ReviewEvidence.DEFAULT_REVISIT_MONTHS);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(revisitBy.strip());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException(
                    "rustfit.revisitBy '" + revisitBy + "' is not a date; write it yyyy-MM-dd, such as 2027-04-01.", e);
        }
        if (!date.isAfter(today)) {
            throw new MojoExecutionException(
                    "rustfit.revisitBy " + date + " is not after today (" + today + "); choose a later date.");
        }
        return date;
    }

    private ModuleResult find(AnalysisResult result) throws MojoExecutionException {
        String wanted = module == null ? "" : module.strip();
        for (ModuleResult candidate : result.modules()) {
            if (candidate.artifactId().equals(wanted) || candidate.path().equals(wanted)) {
                return candidate;
            }
        }
        List<String> known = new ArrayList<>();
        result.modules().forEach(m -> known.add(m.artifactId()));
        throw new MojoExecutionException("rustfit.module '" + wanted + "' is not a module of this reactor; expected"
                + " one of " + String.join(", ", known) + "."
                + ClosestMatch.among(wanted, known)
                        .map(m -> " Did you mean " + m + "?")
                        .orElse(""));
    }
}
