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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes {@code review-stubs.yaml}: for each module whose review is missing or no longer holds, a
 * paste-ready review pre-filled with the digest and a summary of the evidence, and for each module
 * no component covers, a component for it. A new review's rationale is a placeholder; one that
 * replaces a recorded review keeps that review's decision and rationale. Neither names a reviewer, so
 * the gate rejects it until a person completes it.
 */
public final class ReviewStubs {

    /** The stubs file's name in the output directory. */
    public static final String FILE_NAME = "review-stubs.yaml";

    /** Heads the entry of a module no component covers that needs no review; the verdict fills it. */
    static final String UNCOVERED =
            "UNCOVERED: no component covers it yet; add this entry. Its verdict %s calls for" + " no review.";

    /** Above a stub that replaces a recorded review: its date, its reviewers, the decision the verdict suggests. */
    static final String KEPT = "decision and rationale: kept from the review of %s by %s (the verdict suggests %s);"
            + " confirm or change them.";

    /** Why a stub that replaces a recorded review names no reviewer. */
    static final String REVIEWERS_LEFT_EMPTY = "reviewers: left empty; whoever reviews it again names themselves.";

    private ReviewStubs() {}

    public static String render(
            AnalysisResult result, GateOutcome outcome, Optional<Manifest> manifest, LocalDate today) {
        StringBuilder out = new StringBuilder();
        out.append("# rust-fit review stubs, written on every run.\n");
        out.append("# Each entry below is a module whose fit review is missing or no longer holds, or which no\n");
        out.append("# component of the manifest covers. Copy its review block into the matching component of the\n");
        out.append("# manifest (or the whole entry when the manifest has no such component), then write or\n");
        out.append("# confirm the rationale and name the reviewers: the review gate rejects the placeholder\n");
        out.append("# rationale and an empty reviewer list. A review the team recorded keeps its decision.\n");
        Set<String> done = new LinkedHashSet<>();
        List<String> entries = new ArrayList<>();
        for (ModuleResult module : result.modules()) {
            ReviewState state = outcome.states().get(module.path());
            boolean reviewDue = state != null && state.required() && state.status() != Status.OK;
            // the coverage warning sends a module that needs no review here too: it needs a component
            if (!reviewDue) {
                if (manifest.isPresent()
                        && ManifestCoverageRule.uncovered(module, manifest.get())
                        && done.add(module.artifactId())) {
                    entries.add(componentOnly(module));
                }
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
                    component.map(Component::review),
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
            Optional<Review> recorded,
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
        covered.forEach(module -> describe(module, out));
        out.append("  - name: ").append(ReviewYaml.scalar(name)).append('\n');
        out.append("    modules: ").append(ReviewYaml.list(modules)).append('\n');
        out.append("    # decision: rust-candidate | stay-on-jvm | revisit\n");
        ReviewDecision suggested = suggested(evidence.verdict());
        // a review the team recorded keeps its decision and rationale: pasting the stub refreshes the
        // evidence and dates, never silently flips what the team decided. Its reviewers are not carried
        // over, as they did not see this evidence: whoever reviews it again names themselves, so the
        // gate still holds the stub until a person has looked.
        recorded.ifPresent(review -> out.append("    # ")
                .append(ReviewYaml.comment(String.format(
                        Locale.ROOT,
                        KEPT,
                        review.date(),
                        review.reviewers().isEmpty() ? "no one named" : String.join(", ", review.reviewers()),
                        suggested.yamlName())))
                .append("\n    # ")
                .append(REVIEWERS_LEFT_EMPTY)
                .append('\n'));
        var review = new Review(
                recorded.map(Review::decision).orElse(suggested),
                recorded.map(Review::rationale).orElse(Rationales.STUB),
                List.of(),
                today,
                today.plusMonths(ReviewEvidence.DEFAULT_REVISIT_MONTHS),
                evidence.seen());
        out.append(ReviewYaml.indent(ReviewYaml.block(review), "    ", "\n"));
        return out.toString();
    }

    /**
     * The entry of a module no component covers and whose verdict calls for no review: a component
     * of its own, with no review, to paste into the manifest (or to merge into a component).
     */
    private static String componentOnly(ModuleResult module) {
        StringBuilder out = new StringBuilder("\n");
        out.append("  # ")
                .append(ReviewYaml.comment(String.format(Locale.ROOT, UNCOVERED, module.verdict())))
                .append('\n');
        describe(module, out);
        out.append("  - name: ").append(ReviewYaml.scalar(module.artifactId())).append('\n');
        out.append("    modules: ")
                .append(ReviewYaml.list(List.of(module.artifactId())))
                .append('\n');
        return out.toString();
    }

    /** The module's evidence and rationale, as comments above its entry. */
    private static void describe(ModuleResult module, StringBuilder out) {
        out.append("  # ")
                .append(ReviewYaml.comment(module.artifactId() + ": " + ReviewYaml.evidenceSummary(module)))
                .append('\n');
        module.judgement()
                .rationale()
                .forEach(line ->
                        out.append("  #   ").append(ReviewYaml.comment(line)).append('\n'));
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
