package io.github.rustfit.core.review;

import static io.github.rustfit.core.result.Results.module;
import static io.github.rustfit.core.result.Results.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.manifest.ManifestCommands;
import io.github.rustfit.core.manifest.ManifestReader;
import io.github.rustfit.core.manifest.ReviewEvidence;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ReviewState.Status;
import io.github.rustfit.core.review.ReviewProblem.Kind;
import io.github.rustfit.core.review.ReviewProblem.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewGateTest {

    private static final Path FILE = Path.of("rust-fit.yaml");
    private static final Path STUBS = Path.of("target/rust-fit/review-stubs.yaml");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ManifestCommands COMMANDS = ManifestCommands.of("1.2.3");

    private static final ModuleResult WIRE = module("wire", Verdict.STRONG_CANDIDATE, 1000, Map.of("frame", 40));
    private static final ModuleResult ADMIN = module("admin", Verdict.KEEP, 500, Map.of());

    @Test
    void fails_when_a_strong_candidate_has_no_manifest() {
        GateOutcome outcome = judge(result(WIRE, ADMIN), Optional.empty(), ReviewPolicy.defaults());

        assertThat(outcome.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.MISSING_REVIEW);
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.message())
                    .startsWith("wire: its verdict STRONG_CANDIDATE calls for a fit review, and none is recorded"
                            + " (rust-fit.yaml (no such file)). Fix: copy its stub from " + STUBS)
                    .contains("mvn io.github.rustfit:rust-fit-maven-plugin:1.2.3:init starts one")
                    .endsWith(", or record it with mvn io.github.rustfit:rust-fit-maven-plugin:1.2.3:review"
                            + " -Drustfit.module=wire -Drustfit.decision=\"<rust-candidate|stay-on-jvm|revisit>\""
                            + " -Drustfit.rationale=\"<why, in your own words>\""
                            + " -Drustfit.reviewers=\"<names, comma-separated>\"");
        });
        assertThat(outcome.states().get("wire").status()).isEqualTo(Status.MISSING);
        assertThat(outcome.states().get("admin").status()).isEqualTo(Status.NONE);
    }

    @Test
    void passes_without_a_manifest_when_no_module_needs_a_review() {
        GateOutcome outcome = judge(result(ADMIN), Optional.empty(), ReviewPolicy.defaults());

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.requiring()).isZero();
    }

    @Test
    void requires_reviews_of_every_analysed_module_when_asked_for_all() {
        GateOutcome outcome = judge(
                result(WIRE, ADMIN), Optional.empty(), ReviewPolicy.defaults().withRequirement(ReviewRequirement.ALL));

        assertThat(outcome.problems()).extracting(ReviewProblem::module).containsExactly("wire", "admin");
    }

    /** A module judged KEEP on what could be read, with a package directory the build could not read. */
    private static ModuleResult partlyUnreadable() {
        ModuleResult admin = module("admin", Verdict.KEEP, 500, Map.of());
        return new ModuleResult(
                admin.identity(),
                new ModuleResult.Sources(
                        admin.sources().roots(),
                        new io.github.rustfit.core.result.FileStats(3, 3, 0, 500, 1, 0),
                        admin.sources().parseProblems(),
                        java.util.List.of(
                                "admin/src/main/java/secret could not be read (AccessDenied), so the module's verdict"
                                        + " may be understated. Fix its permissions, or remove it from the build's source roots.")),
                admin.graph(),
                admin.evidence(),
                new ModuleResult.Judgement(
                        admin.judgement().questions(),
                        admin.verdict(),
                        admin.judgement().rationale(),
                        admin.judgement().whatWouldChange(),
                        null),
                null,
                null);
    }

    @Test
    void fails_a_module_whose_sources_could_not_all_be_read_whatever_its_verdict() {
        GateOutcome outcome = judge(result(partlyUnreadable()), Optional.empty(), ReviewPolicy.defaults());

        assertThat(outcome.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.UNREADABLE_SOURCES);
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.message())
                    .isEqualTo("admin: 1 source directory or file could not be read, so its verdict KEEP may be"
                            + " understated and whether it needs a review cannot be known (see the module's notes,"
                            + " first: admin/src/main/java/secret). Fix: make the sources readable by the build, or"
                            + " set rustfit.failOnUnreadableSources=false to accept judging it on what could be"
                            + " read.");
        });
    }

    @Test
    void only_warns_about_unreadable_sources_when_accepted_deliberately() {
        GateOutcome outcome = judge(
                result(partlyUnreadable()),
                Optional.empty(),
                ReviewPolicy.defaults().withFailOnUnreadableSources(false));

        assertThat(outcome.errors()).isZero();
        assertThat(outcome.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.kind()).isEqualTo(Kind.UNREADABLE_SOURCES));
    }

    @Test
    void only_warns_about_a_missing_review_when_failing_is_off() {
        ReviewPolicy lenient = new ReviewPolicy(ReviewRequirement.STRONG_CANDIDATE, 0.1, 30, false, false);

        GateOutcome outcome = judge(result(WIRE), Optional.empty(), lenient);

        assertThat(outcome.errors()).isZero();
        assertThat(outcome.warnings()).isOne();
    }

    @Test
    void passes_a_complete_review_of_the_current_evidence() {
        GateOutcome outcome =
                judge(result(WIRE, ADMIN), manifest(reviewOf(WIRE, "2027-04-01")), ReviewPolicy.defaults());

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.states().get("wire").status()).isEqualTo(Status.OK);
        assertThat(outcome.reviewed()).isOne();
    }

    @Test
    void fails_when_the_code_drifted_beyond_the_tolerance() {
        ModuleResult grown = module("wire", Verdict.STRONG_CANDIDATE, 1000, Map.of("frame", 60));

        GateOutcome outcome =
                judge(result(grown, ADMIN), manifest(reviewOf(WIRE, "2027-04-01")), ReviewPolicy.defaults());

        assertThat(outcome.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.STALE_EVIDENCE);
            assertThat(problem.message())
                    .startsWith("wire: the evidence moved 50% since its review of 2026-10-01, beyond"
                            + " the 10% tolerance (rust-fit.yaml:8). Fix: review it again (what moved: frame 40 -> 60),"
                            + " then record it with mvn io.github.rustfit:rust-fit-maven-plugin:1.2.3:review");
        });
        assertThat(outcome.states().get("wire").status()).isEqualTo(Status.STALE);
    }

    @Test
    void a_drift_just_beyond_the_tolerance_is_not_printed_as_the_tolerance() {
        ModuleResult grown = module("wire", Verdict.STRONG_CANDIDATE, 1000, Map.of("frame", 60));
        ReviewPolicy tolerant = new ReviewPolicy(ReviewRequirement.STRONG_CANDIDATE, 0.497, 30, true, false);

        GateOutcome outcome = judge(result(grown, ADMIN), manifest(reviewOf(WIRE, "2027-04-01")), tolerant);

        assertThat(outcome.problems())
                .singleElement()
                .extracting(ReviewProblem::message)
                .asString()
                .startsWith("wire: the evidence moved 50% since its review of 2026-10-01, beyond the 49.7%"
                        + " tolerance (rust-fit.yaml:8).");
    }

    @Test
    void accepts_drift_within_the_tolerance() {
        ModuleResult edited = module("wire", Verdict.STRONG_CANDIDATE, 1050, Map.of("frame", 42));

        GateOutcome outcome =
                judge(result(edited, ADMIN), manifest(reviewOf(WIRE, "2027-04-01")), ReviewPolicy.defaults());

        assertThat(outcome.problems()).isEmpty();
    }

    @Test
    void fails_when_the_verdict_rose_since_the_review() {
        ModuleResult kept = module("wire", Verdict.KEEP, 1000, Map.of("frame", 40));
        String review = reviewOf(kept, "2027-04-01");

        GateOutcome outcome = judge(result(WIRE, ADMIN), manifest(review), ReviewPolicy.defaults());

        assertThat(outcome.problems()).extracting(ReviewProblem::kind).containsExactly(Kind.VERDICT_ROSE);
        assertThat(outcome.problems().get(0).message())
                .startsWith("wire: its verdict rose from KEEP at the review of 2026-10-01 to STRONG_CANDIDATE now");
    }

    @Test
    void fails_an_expired_review_and_warns_about_one_near_its_revisit_date() {
        GateOutcome expired =
                judge(result(WIRE, ADMIN), manifest(reviewOf(WIRE, "2026-11-23")), ReviewPolicy.defaults());
        GateOutcome dueSoon =
                judge(result(WIRE, ADMIN), manifest(reviewOf(WIRE, "2026-12-04")), ReviewPolicy.defaults());

        assertThat(expired.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.EXPIRED);
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.message()).startsWith("wire: its review was due for a revisit on 2026-11-23");
        });
        assertThat(dueSoon.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.DUE_SOON);
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.message()).contains("in 10 day(s)");
        });
        assertThat(dueSoon.states().get("wire").status()).isEqualTo(Status.DUE_SOON);
    }

    @Test
    void fails_a_review_dated_after_today_as_it_fails_an_expired_one() {
        // a mistyped year: without this check the review would hold until 2063
        GateOutcome future = judge(
                result(WIRE, ADMIN), manifest(reviewOf(WIRE, "2062-11-30", "2063-05-30")), ReviewPolicy.defaults());
        ReviewPolicy lenient = new ReviewPolicy(ReviewRequirement.STRONG_CANDIDATE, 0.1, 30, false, false);

        assertThat(future.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.FUTURE_DATE);
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.message())
                    .isEqualTo("wire: its review is dated 2062-11-30, after today, 2026-11-24 (rust-fit.yaml:12). Fix:"
                            + " write the day the review was made as its date, and check its revisitBy 2063-05-30"
                            + " for the same slip; or, to date it today, record it with"
                            + " mvn io.github.rustfit:rust-fit-maven-plugin:1.2.3:review -Drustfit.module=wire"
                            + " -Drustfit.decision=\"<rust-candidate|stay-on-jvm|revisit>\""
                            + " -Drustfit.rationale=\"<why, in your own words>\""
                            + " -Drustfit.reviewers=\"<names, comma-separated>\"");
        });
        assertThat(future.states().get("wire").status()).isEqualTo(Status.INCOMPLETE);
        assertThat(future.states().get("wire").problems())
                .containsExactly("Its review is dated 2062-11-30, after today, 2026-11-24.");
        assertThat(future.reviewed()).isZero();
        assertThat(future.under(lenient).errors()).isZero();
        assertThat(future.under(lenient).warnings()).isOne();
    }

    @Test
    void fails_a_review_to_be_revisited_decades_later_as_incomplete() {
        GateOutcome outcome = judge(
                result(WIRE, ADMIN), manifest(reviewOf(WIRE, "2026-10-01", "2072-04-01")), ReviewPolicy.defaults());

        assertThat(outcome.problems()).extracting(ReviewProblem::kind).containsExactly(Kind.DISTANT_REVISIT);
        assertThat(outcome.states().get("wire").status()).isEqualTo(Status.INCOMPLETE);
        assertThat(outcome.states().get("wire").problems())
                .containsExactly("Its review of 2026-10-01 is to be revisited on 2072-04-01, more than 2 years after"
                        + " it was made.");
        assertThat(outcome.reviewed()).isZero();
    }

    @Test
    void passes_a_review_dated_today() {
        GateOutcome outcome = judge(
                result(WIRE, ADMIN), manifest(reviewOf(WIRE, "2026-11-24", "2027-05-24")), ReviewPolicy.defaults());

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.states().get("wire").status()).isEqualTo(Status.OK);
    }

    @Test
    void fails_a_placeholder_rationale_and_a_review_without_reviewers() {
        String review = reviewOf(WIRE, "2027-04-01")
                .replace("rationale: Parses untrusted frames on every request.", "rationale: TODO")
                .replace("reviewers: [alice]", "reviewers: []");

        GateOutcome outcome = judge(result(WIRE, ADMIN), manifest(review), ReviewPolicy.defaults());

        assertThat(outcome.problems())
                .extracting(ReviewProblem::kind)
                .containsExactly(Kind.PLACEHOLDER_RATIONALE, Kind.NO_REVIEWER);
        assertThat(outcome.problems().get(0).message())
                .isEqualTo("wire: its review's rationale is empty or a placeholder (\"TODO\") (rust-fit.yaml:10). Fix:"
                        + " write why the team decided rust-candidate, in its own words.");
        assertThat(outcome.states().get("wire").status()).isEqualTo(Status.INCOMPLETE);
    }

    @Test
    void fails_a_review_whose_reviewers_are_placeholders_as_one_without_reviewers() {
        for (String reviewers :
                java.util.List.of("[\"<names, comma-separated>\"]", "[TODO]", "[tbd, \"-\"]", "[n/a]")) {
            String review = reviewOf(WIRE, "2027-04-01").replace("reviewers: [alice]", "reviewers: " + reviewers);

            GateOutcome outcome = judge(result(WIRE, ADMIN), manifest(review), ReviewPolicy.defaults());

            assertThat(outcome.problems()).as(reviewers).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(Kind.NO_REVIEWER);
                assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            });
            assertThat(outcome.states().get("wire").status()).isEqualTo(Status.INCOMPLETE);
        }
        String copied =
                reviewOf(WIRE, "2027-04-01").replace("reviewers: [alice]", "reviewers: [\"<names, comma-separated>\"]");
        assertThat(judge(result(WIRE, ADMIN), manifest(copied), ReviewPolicy.defaults())
                        .problems()
                        .get(0)
                        .message())
                .isEqualTo("wire: its review names no reviewer, only the placeholder '<names, comma-separated>'"
                        + " (rust-fit.yaml:11). Fix: list who reviewed it under reviewers: [...].");
    }

    @Test
    void passes_a_review_with_one_real_reviewer_beside_a_placeholder() {
        String review = reviewOf(WIRE, "2027-04-01").replace("reviewers: [alice]", "reviewers: [alice, TBD]");

        assertThat(judge(result(WIRE, ADMIN), manifest(review), ReviewPolicy.defaults())
                        .problems())
                .isEmpty();
    }

    @Test
    void warns_about_an_uncovered_module_and_a_phantom_one_and_fails_when_configured() {
        String yaml = reviewOf(WIRE, "2027-04-01")
                .replace("modules: [wire]", "modules: [wire, ghost]")
                .replace("  - name: admin\n    modules: [admin]\n", "");
        ReviewPolicy strict = new ReviewPolicy(ReviewRequirement.STRONG_CANDIDATE, 0.1, 30, true, true);

        GateOutcome warned = judge(result(WIRE, ADMIN), manifest(yaml), ReviewPolicy.defaults());
        GateOutcome failed = judge(result(WIRE, ADMIN), manifest(yaml), strict);

        assertThat(warned.problems())
                .extracting(ReviewProblem::kind, ReviewProblem::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.UNCOVERED_MODULE, Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple(Kind.PHANTOM_MODULE, Severity.WARNING));
        assertThat(warned.problems().get(0).message())
                .startsWith("admin: no component of the manifest covers this module (rust-fit.yaml). Fix:");
        assertThat(warned.problems().get(1).message())
                .startsWith("ghost: component 'wire' names this module, and the reactor has no such module"
                        + " (rust-fit.yaml:4). Fix:");
        assertThat(failed.errors()).isEqualTo(2);
    }

    @Test
    void a_stale_review_names_the_signals_that_moved_and_by_how_much() {
        ModuleResult reviewed =
                module("wire", Verdict.STRONG_CANDIDATE, 1000, Map.of("frame", 40, "crc", 10, "tls", 5));
        ModuleResult now = module("wire", Verdict.STRONG_CANDIDATE, 1300, Map.of("frame", 60, "crc", 10, "zip", 3));

        GateOutcome outcome =
                judge(result(now, ADMIN), manifest(reviewOf(reviewed, "2027-04-01")), ReviewPolicy.defaults());

        assertThat(outcome.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.fix())
                        .startsWith(
                                "review it again (what moved: lines of code 1000 -> 1300, frame 40 -> 60, tls 5 -> 0,"
                                        + " zip 0 -> 3), then record it with "));
    }

    @Test
    void each_problem_is_data_rendered_once_as_a_log_line_and_as_a_sentence() {
        GateOutcome outcome =
                judge(result(WIRE, ADMIN), manifest(reviewOf(WIRE, "2026-11-23")), ReviewPolicy.defaults());

        ReviewProblem expired = outcome.problems().get(0);
        assertThat(expired.module()).isEqualTo("wire");
        assertThat(expired.where()).isEqualTo("rust-fit.yaml:8");
        assertThat(expired.what()).isEqualTo("its review was due for a revisit on 2026-11-23");
        assertThat(expired.message())
                .isEqualTo("wire: its review was due for a revisit on 2026-11-23 (rust-fit.yaml:8). Fix: "
                        + expired.fix());
        assertThat(outcome.states().get("wire").problems())
                .containsExactly("Its review was due for a revisit on 2026-11-23.");
    }

    @Test
    void what_fails_the_build_is_the_policy_of_the_goal_that_fails_it_not_of_the_judgement() {
        GateOutcome judged = judge(result(WIRE, ADMIN), Optional.empty(), ReviewPolicy.defaults());
        ReviewPolicy lenient = new ReviewPolicy(ReviewRequirement.STRONG_CANDIDATE, 0.1, 30, false, false);

        GateOutcome warned = judged.under(lenient);

        assertThat(judged.errors()).isOne();
        assertThat(warned.errors()).isZero();
        assertThat(warned.warnings()).isOne();
        assertThat(warned.states()).isEqualTo(judged.states());
    }

    @Test
    void a_module_of_the_project_left_out_of_the_build_is_no_phantom() {
        String yaml = reviewOf(WIRE, "2027-04-01").replace("modules: [admin]", "modules: [admin, billing]");
        ReviewPolicy strict = new ReviewPolicy(ReviewRequirement.STRONG_CANDIDATE, 0.1, 30, true, true);
        GateContext selected = new GateContext(
                FILE, STUBS, strict, TODAY, COMMANDS, Optional.of(java.util.Set.of("billing", "modules/billing")));

        GateOutcome outcome = ReviewGate.judge(result(WIRE, ADMIN), manifest(yaml), selected);

        assertThat(outcome.problems()).isEmpty();
    }

    @Test
    void a_phantom_close_to_a_module_of_the_project_is_answered_with_that_module() {
        String yaml = reviewOf(WIRE, "2027-04-01")
                .replace("modules: [admin]", "modules: [admin, modules/biling, persistence]");
        GateContext context = new GateContext(
                FILE,
                STUBS,
                ReviewPolicy.defaults(),
                TODAY,
                COMMANDS,
                Optional.of(java.util.Set.of("wire", "admin", "billing", "modules/billing")));

        GateOutcome outcome = ReviewGate.judge(result(WIRE, ADMIN), manifest(yaml), context);

        assertThat(outcome.problems())
                .extracting(ReviewProblem::message)
                .containsExactly(
                        "modules/biling: component 'admin' names this module, and the reactor has no such module"
                                + " (rust-fit.yaml:19). Fix: did you mean 'modules/billing'? Write the module's"
                                + " artifactId or path as the reactor has it, or remove it.",
                        "persistence: component 'admin' names this module, and the reactor has no such module"
                                + " (rust-fit.yaml:19). Fix: write the module's artifactId or path as the reactor has"
                                + " it, or remove it.");
    }

    @Test
    void nothing_is_called_a_phantom_when_the_project_modules_are_unknown() {
        String yaml = reviewOf(WIRE, "2027-04-01").replace("modules: [admin]", "modules: [admin, elsewhere]");
        GateContext fromModule =
                new GateContext(FILE, STUBS, ReviewPolicy.defaults(), TODAY, COMMANDS, Optional.empty());

        GateOutcome outcome = ReviewGate.judge(result(WIRE, ADMIN), manifest(yaml), fromModule);

        assertThat(outcome.problems()).isEmpty();
    }

    @Test
    void fails_a_module_named_by_its_artifact_id_in_one_component_and_by_its_path_in_another() {
        ModuleResult codec = at("services/codec", module("codec", Verdict.KEEP, 200, Map.of()));
        String yaml = reviewOf(WIRE, "2027-04-01") + """
                  - name: codec
                    modules: [codec]
                  - name: services
                    modules: [services/codec]
                """;

        GateOutcome outcome = judge(result(WIRE, ADMIN, codec), manifest(yaml), ReviewPolicy.defaults());

        assertThat(outcome.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.DUPLICATE_MODULE);
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.message())
                    .startsWith("codec: the manifest names this module twice: as 'codec' in component 'codec'"
                            + " (rust-fit.yaml:21) and as 'services/codec' in component 'services'"
                            + " (rust-fit.yaml:23). Fix:")
                    .contains("remove 'services/codec' from component 'services'");
        });
    }

    @Test
    void fails_a_module_named_twice_in_one_component_by_its_artifact_id_and_its_path() {
        ModuleResult codec = at("services/codec", module("codec", Verdict.KEEP, 200, Map.of()));
        String yaml = reviewOf(WIRE, "2027-04-01") + """
                  - name: codec
                    modules: [codec, services/codec]
                """;

        GateOutcome outcome = judge(result(WIRE, ADMIN, codec), manifest(yaml), ReviewPolicy.defaults());

        assertThat(outcome.problems())
                .extracting(ReviewProblem::kind, ReviewProblem::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.DUPLICATE_MODULE, Severity.ERROR));
        assertThat(outcome.problems().get(0).message()).contains("(rust-fit.yaml:21)");
    }

    @Test
    void records_review_states_in_the_result() {
        AnalysisResult result = result(WIRE, ADMIN);
        GateOutcome outcome = judge(result, Optional.empty(), ReviewPolicy.defaults());

        AnalysisResult judged = ReviewGate.withStates(result, outcome);

        assertThat(judged.modules().get(0).review().status()).isEqualTo(Status.MISSING);
        assertThat(judged.modules().get(0).review().evidence())
                .isEqualTo(ReviewEvidence.of(java.util.List.of(WIRE)).digest());
    }

    @Test
    void a_result_holds_the_states_it_was_given_and_not_a_changed_one() {
        AnalysisResult result = result(WIRE, ADMIN);
        GateOutcome outcome = judge(result, Optional.empty(), ReviewPolicy.defaults());
        GateOutcome stricter =
                judge(result, Optional.empty(), ReviewPolicy.defaults().withRequirement(ReviewRequirement.ALL));

        AnalysisResult judged = ReviewGate.withStates(result, outcome);

        assertThat(ReviewGate.holdsStates(judged, outcome)).isTrue();
        assertThat(ReviewGate.holdsStates(result, outcome)).isFalse();
        assertThat(ReviewGate.holdsStates(judged, stricter)).isFalse();
    }

    /** A manifest with one component for "wire" (review block starting at line 8) and one for admin. */
    private static String reviewOf(ModuleResult reviewed, String revisitBy) {
        return reviewOf(reviewed, "2026-10-01", revisitBy);
    }

    /** The same manifest, with the review made on {@code date}. */
    private static String reviewOf(ModuleResult reviewed, String date, String revisitBy) {
        ReviewEvidence evidence = ReviewEvidence.of(java.util.List.of(reviewed));
        String signals = evidence.signals().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
        return """
                version: 1
                components:
                  - name: wire
                    modules: [wire]
                    lifecycle: production
                    answers:
                      memorySafetyIncident: yes
                    review:
                      decision: rust-candidate
                      rationale: Parses untrusted frames on every request.
                      reviewers: [alice]
                      date: %s
                      revisitBy: %s
                      verdict: %s
                      evidence: %s
                      linesOfCode: %d
                      signals: %s
                  - name: admin
                    modules: [admin]
                """.formatted(date, revisitBy, reviewed.verdict(), evidence.digest(), evidence.linesOfCode(), signals);
    }

    /** The module at another path than its artifactId, as in a reactor with module directories. */
    private static ModuleResult at(String path, ModuleResult module) {
        return new ModuleResult(
                new ModuleResult.Identity(
                        module.identity().groupId(),
                        module.artifactId(),
                        path,
                        module.identity().packaging()),
                module.sources(),
                module.graph(),
                module.evidence(),
                new ModuleResult.Judgement(
                        module.judgement().questions(),
                        module.verdict(),
                        module.judgement().rationale(),
                        module.judgement().whatWouldChange(),
                        null),
                null,
                null);
    }

    private static Optional<Manifest> manifest(String yaml) {
        try {
            return Optional.of(ManifestReader.parse(FILE, yaml));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static GateOutcome judge(AnalysisResult result, Optional<Manifest> manifest, ReviewPolicy policy) {
        return ReviewGate.judge(result, manifest, GateContext.of(FILE, STUBS, policy, TODAY, COMMANDS));
    }
}
