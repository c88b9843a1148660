package io.github.rustfit.core.review;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.manifest.Component;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.manifest.Review;
import io.github.rustfit.core.manifest.ReviewDecision;
import io.github.rustfit.core.manifest.ReviewEvidence;
import io.github.rustfit.core.manifest.ReviewYaml;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ReviewState;
import io.github.rustfit.core.result.ReviewState.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes {@code review-stubs.yaml}: for each module whose review is missing or no longer holds, a
 * paste-ready review pre-filled with the digest and a summary of the evidence. Its rationale is a
 * placeholder and it names no reviewer, so the gate rejects it until a person completes it.
 */
public final class ReviewStubs {

    /** The stubs file's name in the output directory. */
    public static final String FILE_NAME = "review-stubs.yaml";

    private ReviewStubs() {}

    public static String render(
            AnalysisResult result, GateOutcome outcome, Optional<Manifest> manifest, LocalDate today) {
        StringBuilder out = new StringBuilder();
        out.append("# rust-fit review stubs, written on every run.\n");
        out.append("# Each entry below is a module whose fit review is missing or no longer holds. Copy its\n");
        out.append("# review block into the matching component of the manifest (or the whole entry when the\n");
        out.append("# manifest has no such component), then write the rationale and name the reviewers:\n");
        out.append("# the review gate rejects the placeholder rationale and an empty reviewer list.\n");
        Set<String> done = new LinkedHashSet<>();
        List<String> entries = new ArrayList<>();
        for (ModuleResult module : result.modules()) {
            ReviewState state = outcome.states().get(module.path());
            if (state == null || !state.required() || state.status() == Status.OK) {
                continue;
            }
            Optional<Component> component = manifest.flatMap(m -> m.componentFor(module.artifactId(), module.path()));
            String name = component.map(Component::name).orElse(module.artifactId());
            if (!done.add(name)) {
                continue;
            }
            List<ModuleResult> covered = Coverage.covered(result.modules(), module, component);
            List<String> modules = component.map(Component::modules).orElse(List.of(module.artifactId()));
            entries.add(entry(
                    name,
                    modules,
                    covered,
                    state,
                    component.map(c -> manifest.get().describe(c)),
                    today));
        }
        if (entries.isEmpty()) {
            out.append("#\n# No module needs a review now.\n");
            out.append("version: 1\ncomponents: []\n");
            return out.toString();
        }
        out.append("version: 1\ncomponents:\n");
        entries.forEach(out::append);
        return out.toString();
    }

    private static String entry(
            String name,
            List<String> modules,
            List<ModuleResult> covered,
            ReviewState state,
            Optional<String> existing,
            LocalDate today) {
        ReviewEvidence evidence = ReviewEvidence.of(covered);
        StringBuilder out = new StringBuilder("\n");
        // names and paths come from the user's manifest and directories: in a comment, a line break
        // in one would end the comment and inject live YAML, so every comment goes through comment()
        out.append("  # ")
                .append(ReviewYaml.comment(state.status()
                        + existing.map(at -> ": replace the review of component '" + name + "' at " + at)
                                .orElse(": no component covers it yet; add this entry")))
                .append('\n');
        for (String problem : state.problems()) {
            out.append("  #   ").append(ReviewYaml.comment(problem)).append('\n');
        }
        for (ModuleResult module : covered) {
            out.append("  # ")
                    .append(ReviewYaml.comment(module.artifactId() + ": " + ReviewYaml.evidenceSummary(module)))
                    .append('\n');
            module.judgement()
                    .rationale()
                    .forEach(line -> out.append("  #   ")
                            .append(ReviewYaml.comment(line))
                            .append('\n'));
        }
        out.append("  - name: ").append(ReviewYaml.scalar(name)).append('\n');
        out.append("    modules: ").append(ReviewYaml.list(modules)).append('\n');
        out.append("    # decision: rust-candidate | stay-on-jvm | revisit\n");
        var review = new Review(
                suggested(evidence.verdict()),
                Rationales.STUB,
                List.of(),
                today,
                today.plusMonths(ReviewEvidence.DEFAULT_REVISIT_MONTHS),
                evidence.seen());
        out.append(ReviewYaml.indent(ReviewYaml.block(review), "    ", "\n"));
        return out.toString();
    }

    /** The decision the verdict suggests; the team confirms or changes it. */
    static ReviewDecision suggested(Verdict verdict) {
        return switch (verdict) {
            case STRONG_CANDIDATE -> ReviewDecision.RUST_CANDIDATE;
            case CONSIDER -> ReviewDecision.REVISIT;
            default -> ReviewDecision.STAY_ON_JVM;
        };
    }
}
