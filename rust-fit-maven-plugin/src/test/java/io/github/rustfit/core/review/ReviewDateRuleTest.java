package io.github.rustfit.core.review;

import static io.github.rustfit.core.result.Results.module;
import static io.github.rustfit.core.result.Results.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.manifest.ManifestCommands;
import io.github.rustfit.core.manifest.ManifestReader;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.review.ReviewProblem.Kind;
import io.github.rustfit.core.review.ReviewProblem.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewDateRuleTest {

    private static final Path FILE = Path.of("rust-fit.yaml");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final ModuleResult CODEC = module("codec", Verdict.STRONG_CANDIDATE, 800, Map.of("frame", 12));

    @Test
    void a_review_dated_after_today_is_a_problem_at_its_date() {
        List<ReviewProblem> found = check("2062-11-30", "2063-05-30");

        assertThat(found).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.FUTURE_DATE);
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.module()).isEqualTo("codec");
            assertThat(problem.where()).isEqualTo("rust-fit.yaml:8");
            assertThat(problem.what()).isEqualTo("its review is dated 2062-11-30, after today, 2026-11-30");
            assertThat(problem.fix())
                    .isEqualTo("write the day the review was made as its date, and check its revisitBy 2063-05-30 for"
                            + " the same slip; or, to date it today, record it with"
                            + " mvn io.github.rustfit:rust-fit-maven-plugin:1.2.3:review -Drustfit.module=codec"
                            + " -Drustfit.decision=\"<rust-candidate|stay-on-jvm|revisit>\""
                            + " -Drustfit.rationale=\"<why, in your own words>\""
                            + " -Drustfit.reviewers=\"<names, comma-separated>\"");
        });
    }

    @Test
    void a_review_dated_tomorrow_is_already_a_problem() {
        assertThat(check("2026-12-01", "2027-06-01"))
                .extracting(ReviewProblem::what)
                .containsExactly("its review is dated 2026-12-01, after today, 2026-11-30");
    }

    @Test
    void a_review_dated_today_is_fine() {
        assertThat(check("2026-11-30", "2027-05-30")).isEmpty();
    }

    @Test
    void a_review_dated_before_today_is_fine() {
        assertThat(check("2026-05-30", "2027-05-30")).isEmpty();
    }

    @Test
    void a_revisit_date_more_than_two_years_after_the_review_is_a_problem_at_its_revisit_date() {
        List<ReviewProblem> found = check("2026-11-24", "2072-05-24");

        assertThat(found).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.DISTANT_REVISIT);
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.where()).isEqualTo("rust-fit.yaml:9");
            assertThat(problem.what())
                    .isEqualTo("its review of 2026-11-24 is to be revisited on 2072-05-24, more than 2 years"
                            + " after it was made");
            assertThat(problem.fix())
                    .isEqualTo("write under revisitBy when the team will look at the decision again, at the latest"
                            + " 2028-11-24 (a mistyped year, such as 2072 for 2027, keeps a review holding for"
                            + " decades); or, to date it today, record it with"
                            + " mvn io.github.rustfit:rust-fit-maven-plugin:1.2.3:review -Drustfit.module=codec"
                            + " -Drustfit.decision=\"<rust-candidate|stay-on-jvm|revisit>\""
                            + " -Drustfit.rationale=\"<why, in your own words>\""
                            + " -Drustfit.reviewers=\"<names, comma-separated>\"");
        });
    }

    @Test
    void a_review_dated_in_year_zero_is_to_be_revisited_too_late() {
        assertThat(check("0000-01-01", "2027-05-30"))
                .extracting(ReviewProblem::kind)
                .containsExactly(Kind.DISTANT_REVISIT);
    }

    @Test
    void a_revisit_date_two_years_after_the_review_is_fine() {
        assertThat(check("2026-05-30", "2028-05-30")).isEmpty();
        assertThat(check("2024-02-29", "2026-02-28")).isEmpty();
    }

    private static List<ReviewProblem> check(String date, String revisitBy) {
        Optional<Manifest> manifest = manifest("""
                version: 1
                components:
                  - name: codec
                    modules: [codec]
                    review:
                      decision: rust-candidate
                      rationale: Decodes untrusted frames on every request.
                      date: %s
                      revisitBy: %s
                      reviewers: [alice]
                """.formatted(date, revisitBy));
        AnalysisResult result = result(CODEC);
        GateContext context = GateContext.of(
                FILE,
                Path.of("target/rust-fit/review-stubs.yaml"),
                ReviewPolicy.defaults(),
                TODAY,
                ManifestCommands.of("1.2.3"));
        ModuleUnderReview subject = ModuleUnderReview.of(result, CODEC, manifest, context);
        List<ReviewProblem> found = new ArrayList<>();
        new ReviewDateRule().check(subject, subject.review().orElseThrow(), found);
        return found;
    }

    private static Optional<Manifest> manifest(String yaml) {
        try {
            return Optional.of(ManifestReader.parse(FILE, yaml));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
