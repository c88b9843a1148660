package io.github.rustfit.core.review;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.manifest.Component;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.manifest.Review;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ReviewState;
import io.github.rustfit.core.result.ReviewState.Status;
import io.github.rustfit.core.review.ReviewProblem.Kind;
import io.github.rustfit.core.review.ReviewProblem.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Judges every module's fit review: the analysis result says which modules need one and what
 * their evidence is now; the manifest says what was reviewed; today's date says what has expired.
 * It reads data only and never analyses code itself.
 */
public final class ReviewGate {

    /** {@code <module>: <what is wrong> (<manifest>[:line]). Fix: <fix>} for each kind of problem. */
    public static final String MISSING_REVIEW =
            "%s: its verdict %s calls for a fit review, and none is recorded (%s). Fix: %s";

    public static final String STALE_EVIDENCE = "%s: the code changed since its review of %s: the evidence moved %s,"
            + " beyond the %s tolerance (%s). Fix: review it again, then %s";
    public static final String UNMEASURABLE_EVIDENCE = "%s: its review's evidence digest does not match the code now,"
            + " and the review records no counts to measure the drift by (%s). Fix: review it again, then %s";
    /** Suppressions set aside evidence the review did not see set aside. */
    public static final String SET_ASIDE_SINCE_REVIEW = "%s: suppressions set aside evidence since its review of %s"
            + " that the review saw counted: %s (%s). Fix: review it again with the suppressions in view, then %s";

    public static final String VERDICT_ROSE =
            "%s: its verdict rose from %s at the review of %s to %s now (%s). Fix: review it again, then %s";
    public static final String EXPIRED =
            "%s: its review was due for a revisit on %s (%s). Fix: revisit the decision, then %s";
    public static final String DUE_SOON =
            "%s: its review is due for a revisit on %s, in %d day(s) (%s). Fix: plan" + " the revisit; once done, %s";
    public static final String PLACEHOLDER_RATIONALE = "%s: its review's rationale is empty or a placeholder (\"%s\")"
            + " (%s). Fix: write why the team decided %s, in its own words.";
    public static final String NO_REVIEWER =
            "%s: its review names no reviewer (%s). Fix: list who reviewed it under reviewers: [...].";
    public static final String UNCOVERED_MODULE = "%s: no component of the manifest covers this module (%s). Fix:"
            + " add it to a component's modules, or add a component for it (see %s).";
    public static final String PHANTOM_MODULE = "%s: component '%s' names this module, and the reactor has no such"
            + " module (%s). Fix: write the module's artifactId or path as the reactor has it, or remove it.";
    /**
     * The manifest reader catches a module written the same way twice; only the reactor knows that
     * an artifactId and a path are the same module, so this one is caught here.
     */
    public static final String DUPLICATE_MODULE = "%s: the manifest names this module twice: as '%s' in component"
            + " '%s' (%s) and as '%s' in component '%s' (%s). Fix: keep it in one component only; remove '%s' from"
            + " component '%s'.";

    public static final String UNREADABLE_SOURCES = "%s: %d source director%s or file%s could not be read, so its"
            + " verdict %s may be understated and whether it needs a review cannot be known (see the module's notes,"
            + " first: %s). Fix: make the sources readable by the build, or set rustfit.failOnUnreadableSources=false"
            + " to accept judging it on what could be read.";

    /** How to record a review, for the fixes above. */
    public static final String RECORD_COMMAND = "record it with mvn rust-fit:review -Drustfit.module=%s"
            + " -Drustfit.decision=<rust-candidate|stay-on-jvm|revisit> -Drustfit.rationale=\"...\""
            + " -Drustfit.reviewers=<names>";

    private ReviewGate() {}

    /** A module whose sources were not all read may be a candidate the gate cannot see. */
    private static Optional<ReviewProblem> unreadable(ModuleResult module, ReviewPolicy policy) {
        int count = module.files().unreadable();
        if (count == 0) {
            return Optional.empty();
        }
        String first = module.notes().stream()
                .filter(note -> note.contains(" could not be read "))
                .findFirst()
                .map(note -> note.substring(0, note.indexOf(" could not be read ")))
                .orElse("?");
        return Optional.of(new ReviewProblem(
                module.artifactId(),
                Kind.UNREADABLE_SOURCES,
                policy.failOnUnreadableSources() ? Severity.ERROR : Severity.WARNING,
                String.format(
                        Locale.ROOT,
                        UNREADABLE_SOURCES,
                        module.artifactId(),
                        count,
                        count == 1 ? "y" : "ies",
                        count == 1 ? "" : "s",
                        module.verdict(),
                        first)));
    }

    /**
     * Judges the reviews.
     *
     * @param result the analysis result
     * @param manifest the manifest, empty when there is none
     * @param manifestFile where the manifest is (or would be), for messages
     * @param stubsFile where the review stubs are written, for messages
     * @param policy how strict to be
     * @param today the date reviews are judged on
     */
    public static GateOutcome judge(
            AnalysisResult result,
            Optional<Manifest> manifest,
            Path manifestFile,
            Path stubsFile,
            ReviewPolicy policy,
            LocalDate today) {
        List<ReviewProblem> problems = new ArrayList<>();
        Map<String, ReviewState> states = new LinkedHashMap<>();
        Severity reviewSeverity = policy.failOnMissingReview() ? Severity.ERROR : Severity.WARNING;
        int requiring = 0;
        for (ModuleResult module : result.modules()) {
            unreadable(module, policy).ifPresent(problems::add);
            boolean required = policy.requirement().requires(module.verdict());
            requiring += required ? 1 : 0;
            Optional<Component> component = manifest.flatMap(m -> m.componentFor(module.artifactId(), module.path()));
            List<ModuleResult> covered = component
                    .map(c -> result.modules().stream()
                            .filter(other -> c.covers(other.artifactId(), other.path()))
                            .toList())
                    .orElse(List.of(module));
            ReviewEvidence evidence = ReviewEvidence.of(covered);
            String name = module.artifactId();
            String record = String.format(Locale.ROOT, RECORD_COMMAND, name);
            Review review = component.map(Component::review).orElse(null);
            if (review == null) {
                String where = component
                        .map(c -> manifest.get().describe(c))
                        .orElse(manifestFile + (manifest.isPresent() ? "" : " (no such file)"));
                if (required) {
                    String fix = "copy its stub from " + stubsFile + " into the manifest"
                            + (manifest.isPresent() ? "" : " (mvn rust-fit:init starts one)") + ", or " + record;
                    problems.add(new ReviewProblem(
                            name,
                            Kind.MISSING_REVIEW,
                            reviewSeverity,
                            String.format(Locale.ROOT, MISSING_REVIEW, name, module.verdict(), where, fix)));
                }
                states.put(
                        module.path(),
                        new ReviewState(
                                required ? Status.MISSING : Status.NONE,
                                required,
                                component.map(Component::name).orElse(null),
                                null,
                                null,
                                List.of(),
                                null,
                                null,
                                evidence.digest(),
                                required ? List.of("No review is recorded.") : List.of()));
                continue;
            }
            String where = manifest.get().describe(component.get(), "review");
            List<ReviewProblem> found = new ArrayList<>();
            double drift = evidence.driftSince(review);
            if (Double.isInfinite(drift)) {
                found.add(new ReviewProblem(
                        name,
                        Kind.STALE_EVIDENCE,
                        reviewSeverity,
                        String.format(Locale.ROOT, UNMEASURABLE_EVIDENCE, name, where, record)));
            } else if (drift > policy.driftTolerance()) {
                found.add(new ReviewProblem(
                        name,
                        Kind.STALE_EVIDENCE,
                        reviewSeverity,
                        String.format(
                                Locale.ROOT,
                                STALE_EVIDENCE,
                                name,
                                review.date(),
                                percent(drift),
                                percent(policy.driftTolerance()),
                                where,
                                record)));
            }
            var setAside = evidence.setAsideSince(review);
            if (!setAside.isEmpty()) {
                found.add(new ReviewProblem(
                        name,
                        Kind.STALE_EVIDENCE,
                        reviewSeverity,
                        String.format(
                                Locale.ROOT,
                                SET_ASIDE_SINCE_REVIEW,
                                name,
                                review.date(),
                                setAside.entrySet().stream()
                                        .map(e -> e.getKey() + " +" + e.getValue())
                                        .collect(java.util.stream.Collectors.joining(", ")),
                                where,
                                record)));
            }
            if (review.verdict() != null && module.verdict().compareTo(review.verdict()) > 0) {
                found.add(new ReviewProblem(
                        name,
                        Kind.VERDICT_ROSE,
                        reviewSeverity,
                        String.format(
                                Locale.ROOT,
                                VERDICT_ROSE,
                                name,
                                review.verdict(),
                                review.date(),
                                module.verdict(),
                                where,
                                record)));
            }
            if (today.isAfter(review.revisitBy())) {
                found.add(new ReviewProblem(
                        name,
                        Kind.EXPIRED,
                        reviewSeverity,
                        String.format(Locale.ROOT, EXPIRED, name, review.revisitBy(), where, record)));
            } else {
                long days = ChronoUnit.DAYS.between(today, review.revisitBy());
                if (days <= policy.revisitWarningDays()) {
                    found.add(new ReviewProblem(
                            name,
                            Kind.DUE_SOON,
                            Severity.WARNING,
                            String.format(Locale.ROOT, DUE_SOON, name, review.revisitBy(), days, where, record)));
                }
            }
            if (Rationales.isPlaceholder(review.rationale())) {
                found.add(new ReviewProblem(
                        name,
                        Kind.PLACEHOLDER_RATIONALE,
                        reviewSeverity,
                        String.format(
                                Locale.ROOT,
                                PLACEHOLDER_RATIONALE,
                                name,
                                review.rationale() == null
                                        ? ""
                                        : review.rationale().strip(),
                                manifest.get().describe(component.get(), "review", "rationale"),
                                review.decision().yamlName())));
            }
            if (review.reviewers().stream().allMatch(String::isBlank)) {
                found.add(new ReviewProblem(
                        name, Kind.NO_REVIEWER, reviewSeverity, String.format(Locale.ROOT, NO_REVIEWER, name, where)));
            }
            if (required) {
                problems.addAll(found);
            }
            states.put(
                    module.path(),
                    new ReviewState(
                            status(found),
                            required,
                            component.get().name(),
                            review.decision().yamlName(),
                            review.rationale(),
                            review.reviewers(),
                            review.date().toString(),
                            review.revisitBy().toString(),
                            evidence.digest(),
                            found.stream().map(p -> sentence(p, name)).toList()));
        }
        manifest.ifPresent(m -> reconcile(result, m, stubsFile, policy, problems));
        return new GateOutcome(problems, states, requiring);
    }

    /** The module's result with its review state, for the result file. */
    public static AnalysisResult withStates(AnalysisResult result, GateOutcome outcome) {
        return result.withModules(result.modules().stream()
                .map(module -> module.withReview(outcome.states().get(module.path())))
                .toList());
    }

    private static void reconcile(
            AnalysisResult result, Manifest manifest, Path stubsFile, ReviewPolicy policy, List<ReviewProblem> out) {
        Severity severity = policy.failOnManifestMismatch() ? Severity.ERROR : Severity.WARNING;
        for (ModuleResult module : result.modules()) {
            // an aggregator POM holds no code to place in a component
            boolean aggregator = "pom".equals(module.packaging()) && module.verdict() == Verdict.NOT_ANALYZED;
            if (!aggregator
                    && manifest.componentFor(module.artifactId(), module.path()).isEmpty()) {
                out.add(new ReviewProblem(
                        module.artifactId(),
                        Kind.UNCOVERED_MODULE,
                        severity,
                        String.format(Locale.ROOT, UNCOVERED_MODULE, module.artifactId(), manifest.file(), stubsFile)));
            }
        }
        // each module once, whether named by artifactId or by path; a duplicate is a manifest error
        Map<String, Naming> named = new LinkedHashMap<>();
        for (Component component : manifest.components()) {
            for (int i = 0; i < component.modules().size(); i++) {
                Naming here = new Naming(
                        component.modules().get(i),
                        component.name(),
                        manifest.describe(component, "modules", String.valueOf(i)));
                for (ModuleResult module : result.modules()) {
                    boolean same = module.artifactId().equals(here.name())
                            || module.path().equals(here.name());
                    Naming first = same ? named.putIfAbsent(module.path(), here) : null;
                    if (first != null) {
                        out.add(new ReviewProblem(
                                module.artifactId(),
                                Kind.DUPLICATE_MODULE,
                                Severity.ERROR,
                                String.format(
                                        Locale.ROOT,
                                        DUPLICATE_MODULE,
                                        module.artifactId(),
                                        first.name(),
                                        first.component(),
                                        first.where(),
                                        here.name(),
                                        here.component(),
                                        here.where(),
                                        here.name(),
                                        here.component())));
                    }
                }
            }
        }
        for (Component component : manifest.components()) {
            for (int i = 0; i < component.modules().size(); i++) {
                String name = component.modules().get(i);
                boolean exists = result.modules().stream()
                        .anyMatch(module -> module.artifactId().equals(name)
                                || module.path().equals(name));
                if (!exists) {
                    out.add(new ReviewProblem(
                            name,
                            Kind.PHANTOM_MODULE,
                            severity,
                            String.format(
                                    Locale.ROOT,
                                    PHANTOM_MODULE,
                                    name,
                                    component.name(),
                                    manifest.describe(component, "modules", String.valueOf(i)))));
                }
            }
        }
    }

    /** One module entry of a component: as written, the component, and its manifest file:line. */
    private record Naming(String name, String component, String where) {}

    private static Status status(List<ReviewProblem> found) {
        if (found.stream().anyMatch(p -> p.kind() == Kind.EXPIRED)) {
            return Status.EXPIRED;
        }
        if (found.stream().anyMatch(p -> p.kind() == Kind.STALE_EVIDENCE || p.kind() == Kind.VERDICT_ROSE)) {
            return Status.STALE;
        }
        if (found.stream().anyMatch(p -> p.kind() == Kind.PLACEHOLDER_RATIONALE || p.kind() == Kind.NO_REVIEWER)) {
            return Status.INCOMPLETE;
        }
        return found.isEmpty() ? Status.OK : Status.DUE_SOON;
    }

    /** The problem without the module name and fix, as a sentence for the result. */
    private static String sentence(ReviewProblem problem, String module) {
        String text = problem.message().substring(module.length() + 2);
        int fix = text.indexOf(" (");
        text = fix > 0 ? text.substring(0, fix) : text;
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }
}
