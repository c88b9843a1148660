package io.github.rustfit.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.RunSettings;
import io.github.rustfit.report.SyntheticResults;
import io.github.rustfit.report.model.ReportModel.VerdictCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportModelsTest {

    @Test
    void verdict_segments_of_the_share_bar_fill_it_exactly() {
        ReportModel model = ReportModels.of(SyntheticResults.rich());

        double total = model.overview().verdicts().stream()
                .mapToDouble(count -> Double.parseDouble(count.barWidth()))
                .sum();
        assertThat(total).isCloseTo(100.0, within(0.2));
        assertThat(model.overview().verdicts())
                .extracting(count -> count.verdict().key())
                .containsExactly("STRONG_CANDIDATE", "CONSIDER", "KEEP", "NOT_ANALYZED");
        VerdictCount last = model.overview().verdicts().get(3);
        assertThat(Double.parseDouble(last.barStart()) + Double.parseDouble(last.barWidth()))
                .isCloseTo(100.0, within(0.2));
    }

    @Test
    void every_chart_point_lies_inside_the_plot() {
        FitChart chart = ReportModels.of(SyntheticResults.large(200, 3)).chart();

        List<FitChart.Point> points = chart.panels().stream()
                .flatMap(panel -> panel.points().stream())
                .toList();
        assertThat(points).hasSize(200).allSatisfy(point -> {
            assertThat(Double.parseDouble(point.x())).isBetween((double) FitChart.LEFT, (double) FitChart.RIGHT);
            assertThat(Double.parseDouble(point.y())).isBetween((double) FitChart.TOP, (double) FitChart.BOTTOM);
        });
        assertThat(chart.unplaced()).isEmpty();
    }

    @Test
    void modules_without_sources_are_left_out_of_the_chart() {
        ReportModel model = ReportModels.of(SyntheticResults.rich());

        assertThat(model.chart().panels().stream().flatMap(panel -> panel.points().stream()))
                .extracting(FitChart.Point::name)
                .doesNotContain("parent")
                .contains("gateway");
        assertThat(model.chart().unplaced()).isEmpty();
    }

    @Test
    void module_anchors_stay_unique_when_paths_differ_only_in_punctuation() {
        AnalysisResult rich = SyntheticResults.rich();
        List<ModuleResult> modules = new ArrayList<>(rich.modules());
        ModuleResult demo = modules.get(1);
        modules.add(new ModuleResult(
                new ModuleResult.Identity(
                        demo.identity().groupId(),
                        "demo.app",
                        "demo.app",
                        demo.identity().packaging()),
                demo.sources(),
                demo.graph(),
                demo.evidence(),
                new ModuleResult.Judgement(
                        demo.judgement().questions(),
                        demo.verdict(),
                        demo.judgement().rationale(),
                        demo.judgement().whatWouldChange(),
                        null),
                null,
                null));
        AnalysisResult result = new AnalysisResult(
                rich.schemaVersion(), rich.tool(), rich.toolVersion(), rich.settings(), rich.summary(), modules);

        List<String> anchors = ReportModels.of(result).modules().stream()
                .map(ReportModel.ModuleView::anchor)
                .toList();

        assertThat(anchors).doesNotHaveDuplicates().contains("module-demo-app", "module-demo-app-2");
    }

    @Test
    void the_comparison_names_modules_that_came_and_went() {
        AnalysisResult rich = SyntheticResults.rich();
        List<ModuleResult> earlier = new ArrayList<>(rich.modules());
        earlier.removeIf(module -> module.artifactId().equals("gateway"));
        ModuleResult demo = earlier.get(1);
        earlier.add(new ModuleResult(
                new ModuleResult.Identity(
                        demo.identity().groupId(),
                        "retired",
                        "retired",
                        demo.identity().packaging()),
                demo.sources(),
                demo.graph(),
                demo.evidence(),
                new ModuleResult.Judgement(
                        demo.judgement().questions(),
                        demo.verdict(),
                        demo.judgement().rationale(),
                        demo.judgement().whatWouldChange(),
                        null),
                null,
                null));
        AnalysisResult before = new AnalysisResult(
                rich.schemaVersion(), rich.tool(), "0.0.1", rich.settings(), rich.summary(), earlier);

        ReportModel.Comparison comparison =
                ReportModels.of(rich, Optional.of(before)).comparison();

        assertThat(comparison.previousToolVersion()).isEqualTo("0.0.1");
        assertThat(comparison.addedModules()).containsExactly("gateway");
        assertThat(comparison.removedModules()).containsExactly("retired");
        assertThat(comparison.newCandidates())
                .extracting(ReportModel.ModuleRef::name)
                .containsExactly("gateway");
        assertThat(comparison.verdictChanges()).isEmpty();
        assertThat(comparison.unchanged()).isFalse();
    }

    private static AnalysisResult madeWith(AnalysisResult result, String toolVersion, RunSettings settings) {
        return new AnalysisResult(
                result.schemaVersion(),
                result.tool(),
                toolVersion,
                settings,
                result.summary(),
                result.modules(),
                result.suppressions());
    }

    @Test
    void a_comparison_with_a_result_made_with_other_settings_names_each_with_its_two_values() {
        AnalysisResult now = madeWith(SyntheticResults.rich(), "0.2.0", new RunSettings("JAVA_21", true, false, 50));
        AnalysisResult before = madeWith(
                SyntheticResults.earlier(),
                "0.1.0",
                new RunSettings("JAVA_17", false, false, 20, List.of("**/legacy/**", "**/gen/**")));

        ReportModel.Comparison comparison =
                ReportModels.of(now, Optional.of(before)).comparison();

        assertThat(comparison.settingChanges())
                .containsExactly(
                        new ReportModel.SettingChange("includeTests", "false", "true"),
                        new ReportModel.SettingChange("excludes", "**/gen/**, **/legacy/**", "none"),
                        new ReportModel.SettingChange("languageLevel", "JAVA_17", "JAVA_21"),
                        new ReportModel.SettingChange("rust-fit version", "0.1.0", "0.2.0"));
        assertThat(comparison.settingsNote())
                .isEqualTo("The earlier result was made with other settings (includeTests was false, now true,"
                        + " excludes was **/gen/**, **/legacy/**, now none, languageLevel was JAVA_17, now JAVA_21,"
                        + " rust-fit version was 0.1.0, now 0.2.0): what rose or fell below may have changed with the"
                        + " settings rather than the code.");
        assertThat(comparison.signalChanges()).as("the comparison still shows").isNotEmpty();
    }

    @Test
    void settings_that_only_bound_the_evidence_listed_or_are_written_otherwise_are_no_change() {
        AnalysisResult now = madeWith(
                SyntheticResults.rich(), "0.2.0", new RunSettings("JAVA_21", false, true, 50, List.of("a/**", "b/**")));
        AnalysisResult before = madeWith(
                SyntheticResults.rich(), "0.2.0", new RunSettings("21", false, true, 20, List.of("b/**", "a/**")));

        ReportModel.Comparison comparison =
                ReportModels.of(now, Optional.of(before)).comparison();

        assertThat(comparison.settingChanges()).isEmpty();
        assertThat(comparison.settingsNote()).isNull();
    }

    @Test
    void the_evidence_cap_counts_what_it_leaves_out() {
        ReportModel.SignalView locks = ReportModels.of(SyntheticResults.large(1, 30))
                .modules()
                .get(0)
                .signals()
                .get(0);

        assertThat(locks.evidence()).hasSize(ReportModels.EVIDENCE_SHOWN_PER_SIGNAL);
        assertThat(locks.more()).isEqualTo(30 - ReportModels.EVIDENCE_SHOWN_PER_SIGNAL);
    }
}
