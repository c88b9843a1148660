package io.github.rustfit.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.RunSettings;
import io.github.rustfit.report.SyntheticResults;
import io.github.rustfit.report.model.ReportModels;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownSummaryTest {

    @Test
    void the_headline_counts_verdicts_and_candidates_are_named() {
        String summary = MarkdownSummary.render(ReportModels.of(SyntheticResults.rich()));

        assertThat(summary.lines().findFirst())
                .hasValue("## rust-fit: 1 strong candidate, 2 to consider, 3 to keep (7 modules)");
        assertThat(summary)
                .contains("| Strong candidate | 1 |")
                .contains("| Not analysed | 1 |")
                .contains(
                        "**Candidates:** `gateway` (Strong candidate), `scheduler` (Consider), `legacy-parser` (Consider)");
    }

    @Test
    void candidates_carry_the_margin_of_their_verdict() {
        String summary = MarkdownSummary.render(ReportModels.of(SyntheticResults.withMargins(
                SyntheticResults.rich(),
                java.util.Map.of(
                        "gateway",
                        io.github.rustfit.core.criteria.Margin.FIRM,
                        "scheduler",
                        new io.github.rustfit.core.criteria.Margin(
                                0.25, io.github.rustfit.core.criteria.Verdict.STRONG_CANDIDATE)))));

        assertThat(summary)
                .contains("`gateway` (Strong candidate, margin firm)")
                .contains("`scheduler` (Consider, margin 25% from Strong candidate)")
                .contains("`legacy-parser` (Consider)");
    }

    @Test
    void review_problems_and_parse_coverage_are_reported() {
        String summary = MarkdownSummary.render(ReportModels.of(SyntheticResults.rich()));

        assertThat(summary)
                .contains("**Reviews:** no review data (no component manifests yet; run"
                        + " `mvn io.github.rustfit:rust-fit-maven-plugin:0.1.0-test:init`)")
                .contains("**Parse coverage:** 160 of 162 files (98.8 %); 2 did not parse");
    }

    @Test
    void with_an_earlier_result_the_summary_says_what_changed() {
        String summary = MarkdownSummary.render(
                ReportModels.of(SyntheticResults.rich(), Optional.of(SyntheticResults.earlier())));

        assertThat(summary)
                .contains("### Since last time")
                .contains("- New candidates: `scheduler` (Consider)")
                .contains("- Dropped candidates: none")
                .contains("- Verdict changes: `scheduler` Keep on the JVM → Consider")
                .contains("- Signals that rose or fell: `orders-api` `rest-controller` 12 → 31");
    }

    @Test
    void a_comparison_with_a_result_made_with_other_settings_opens_with_a_note_naming_them() {
        AnalysisResult rich = SyntheticResults.rich();
        AnalysisResult earlier = SyntheticResults.earlier();
        AnalysisResult withoutTests = new AnalysisResult(
                earlier.schemaVersion(),
                earlier.tool(),
                earlier.toolVersion(),
                new RunSettings(rich.settings().languageLevel(), true, false, 20),
                earlier.summary(),
                earlier.modules(),
                earlier.suppressions());

        String summary = MarkdownSummary.render(ReportModels.of(rich, Optional.of(withoutTests)));

        assertThat(summary)
                // parentheses are no markup once brackets are escaped: they stay as written
                .contains("### Since last time\n\n> **Note:** The earlier result was made with other settings"
                        + " (includeTests was true, now false): what rose or fell below may have changed with the"
                        + " settings rather than the code.\n\n- New candidates: `scheduler` (Consider)");
        assertThat(MarkdownSummary.render(ReportModels.of(rich, Optional.of(earlier))))
                .doesNotContain("other settings");
    }

    @Test
    void comparing_a_result_with_itself_reports_no_change() {
        String summary =
                MarkdownSummary.render(ReportModels.of(SyntheticResults.rich(), Optional.of(SyntheticResults.rich())));

        assertThat(summary).contains("Nothing changed");
    }

    @Test
    void text_that_looks_like_markup_is_escaped() {
        assertThat(MarkdownSummary.text("<b>*bold*</b> [x](y)")).isEqualTo("&lt;b&gt;\\*bold\\*&lt;/b&gt; \\[x\\](y)");
        assertThat(MarkdownSummary.text("a Rust library behind FFM (JDK 22+) or JNI!"))
                .isEqualTo("a Rust library behind FFM (JDK 22+) or JNI!");
        assertThat(MarkdownSummary.code("a`b")).isEqualTo("`` a`b ``");
    }

    @Test
    void long_lists_are_cut_and_the_rest_counted() {
        String summary = MarkdownSummary.render(ReportModels.of(SyntheticResults.large(40, 1)));

        assertThat(summary).containsPattern("\\*\\*Candidates:\\*\\* .* and 5 more\\n");
    }
}
