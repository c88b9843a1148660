package io.github.rustfit.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.CriterionScore;
import io.github.rustfit.core.criteria.Decision;
import io.github.rustfit.core.criteria.DecisionRule;
import io.github.rustfit.core.criteria.ModuleCore;
import io.github.rustfit.core.criteria.ModuleEvidence;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.QuestionAnswer;
import io.github.rustfit.core.criteria.Thresholds;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.report.SyntheticResults;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The chart's regions are the decision rule's: checked against the rule itself, not a copy of it. */
class FitChartTest {

    @Test
    void for_any_evidence_and_answers_the_region_a_module_falls_in_has_the_verdict_the_rule_gives() {
        Random random = new Random(20261124);
        int placed = 0;
        EnumMap<Verdict, Integer> seen = new EnumMap<>(Verdict.class);
        for (int i = 0; i < 20_000; i++) {
            ModuleEvidence evidence = randomEvidence(random);
            List<QuestionAnswer> answers = randomAnswers(random);

            Decision decision = DecisionRule.decide(evidence, answers);

            FitChart.Branch branch = FitChart.branch(decision.basis());
            if (branch == null) {
                assertThat(decision.verdict()).isEqualTo(Verdict.NOT_ANALYZED);
                continue;
            }
            assertThat(FitChart.regionVerdict(branch, decision.basis()))
                    .as("%s %s", decision.basis(), decision.rationale())
                    .isEqualTo(decision.verdict());
            placed++;
            seen.merge(decision.verdict(), 1, Integer::sum);
        }
        assertThat(placed).isGreaterThan(15_000);
        assertThat(seen.keySet()).contains(Verdict.STRONG_CANDIDATE, Verdict.CONSIDER, Verdict.KEEP);
    }

    @Test
    void the_thresholds_sit_where_the_regions_change() {
        double strong = FitChart.px(DecisionRule.STRONG_CANDIDATE_DENSITY);
        FitChart.Panel two =
                ReportModels.of(SyntheticResults.rich()).chart().panels().get(1);

        assertThat(two.thresholds())
                .singleElement()
                .satisfies(threshold -> assertThat(Double.parseDouble(threshold.x1()))
                        .isCloseTo(strong, org.assertj.core.api.Assertions.within(0.06)));
        assertThat(two.regions())
                .filteredOn(region -> region.verdict().key().equals("STRONG_CANDIDATE"))
                .singleElement()
                .satisfies(region -> assertThat(Double.parseDouble(region.x()))
                        .isCloseTo(strong, org.assertj.core.api.Assertions.within(0.06)));
    }

    @Test
    void tick_labels_across_keep_apart_and_include_the_rule_thresholds() {
        List<Double> ticks = FitChart.xTickValues();

        assertThat(ticks)
                .contains(0.0, DecisionRule.CONSIDER_DENSITY, DecisionRule.STRONG_CANDIDATE_DENSITY, FitChart.X_MAX);
        for (int i = 1; i < ticks.size(); i++) {
            assertThat(FitChart.px(ticks.get(i)) - FitChart.px(ticks.get(i - 1)))
                    .isGreaterThanOrEqualTo(FitChart.TICK_GAP);
        }
    }

    @Test
    void no_two_labels_of_a_panel_overlap_even_in_a_crowded_reactor() {
        FitChart chart = ReportModels.of(SyntheticResults.large(300, 7)).chart();

        for (FitChart.Panel panel : chart.panels()) {
            List<double[]> boxes = new ArrayList<>();
            for (FitChart.Label label : panel.labels()) {
                boxes.add(FitChart.box(
                        Double.parseDouble(label.x()),
                        Double.parseDouble(label.y()),
                        label.text().length() * FitChart.CHAR_WIDTH,
                        label.anchor()));
            }
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(FitChart.overlaps(boxes.get(i), boxes.get(j)))
                            .as("%s / %s", panel.labels().get(i), panel.labels().get(j))
                            .isFalse();
                }
            }
        }
    }

    private static ModuleEvidence randomEvidence(Random random) {
        long lines = random.nextInt(10) == 0 ? random.nextInt(900) : 200 + random.nextInt(40_000);
        int parsed = random.nextInt(40) == 0 ? 0 : 1 + random.nextInt(200);
        Map<Criterion, CriterionScore> scores = new EnumMap<>(Criterion.class);
        Map<Criterion, Integer> coreCounts = new EnumMap<>(Criterion.class);
        long coreLines = Math.max(1, lines / (1 + random.nextInt(4)));
        for (Criterion criterion : Criterion.values()) {
            int count = random.nextInt(3) == 0 ? 0 : random.nextInt((int) Math.max(2, lines / 15));
            if (criterion == Criterion.PROTOTYPE && random.nextInt(3) > 0) {
                count = 0;
            }
            double perKloc = Thresholds.perKloc(count, lines);
            scores.put(
                    criterion,
                    new CriterionScore(
                            criterion,
                            criterion.side(),
                            count,
                            perKloc,
                            Thresholds.strength(criterion, count, perKloc)));
            coreCounts.put(criterion, count == 0 ? 0 : random.nextInt(count + 1));
        }
        Set<Criterion> whole = EnumSet.noneOf(Criterion.class);
        if (random.nextInt(12) == 0) {
            whole.add(random.nextBoolean() ? Criterion.PROTOTYPE : Criterion.NUMERICAL_RESEARCH);
        }
        ModuleCore core = random.nextBoolean()
                ? new ModuleCore(coreLines, List.of("p"), coreCounts)
                : new ModuleCore(lines, List.of(), Map.of());
        return new ModuleEvidence("m", "jar", lines, parsed, scores, List.of(), 5, whole, core);
    }

    private static List<QuestionAnswer> randomAnswers(Random random) {
        List<QuestionAnswer> answers = new ArrayList<>();
        Answer[] values = Answer.values();
        for (Question question : Question.values()) {
            QuestionAnswer answer = new QuestionAnswer(question, values[random.nextInt(values.length)], List.of("r"));
            if (random.nextInt(5) == 0) {
                answer = answer.withDeclared(values[random.nextInt(values.length)]);
            }
            answers.add(answer);
        }
        return answers;
    }
}
