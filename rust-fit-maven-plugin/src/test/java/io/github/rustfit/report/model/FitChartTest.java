package io.github.rustfit.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.CriterionScore;
import io.github.rustfit.core.criteria.Decision;
import io.github.rustfit.core.criteria.DecisionBasis;
import io.github.rustfit.core.criteria.DecisionRule;
import io.github.rustfit.core.criteria.ModuleCore;
import io.github.rustfit.core.criteria.ModuleEvidence;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.QuestionAnswer;
import io.github.rustfit.core.criteria.Thresholds;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.FileStats;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.report.SyntheticResults;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The chart's regions are the decision rule's: checked against the rule itself, not a copy of it,
 * over random modules of every kind the rule reads (traits included).
 */
class FitChartTest {

    @Test
    void for_any_evidence_and_answers_the_region_a_module_falls_in_has_the_verdict_the_rule_gives() {
        Random random = new Random(20261124);
        int placed = 0;
        EnumMap<Verdict, Integer> seen = new EnumMap<>(Verdict.class);
        EnumMap<FitChart.Branch, EnumSet<Verdict>> verdictsByBranch = new EnumMap<>(FitChart.Branch.class);
        EnumSet<DecisionRule.Ground> grounds = EnumSet.noneOf(DecisionRule.Ground.class);
        for (int i = 0; i < 20_000; i++) {
            ModuleEvidence evidence = randomEvidence(random);
            List<QuestionAnswer> answers = randomAnswers(random);

            Decision decision = DecisionRule.decide(evidence, answers);

            assertThat(decision.basis().ground())
                    .isEqualTo(DecisionRule.judge(evidence, answers).ground());
            grounds.add(decision.basis().ground());
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
            verdictsByBranch
                    .computeIfAbsent(branch, b -> EnumSet.noneOf(Verdict.class))
                    .add(decision.verdict());
        }
        assertThat(placed).isGreaterThan(15_000);
        assertThat(seen.keySet()).contains(Verdict.STRONG_CANDIDATE, Verdict.CONSIDER, Verdict.KEEP);
        // every branch of the rule was reached, and every region of every panel
        assertThat(grounds).containsExactlyInAnyOrder(DecisionRule.Ground.values());
        assertThat(verdictsByBranch.keySet()).containsExactlyInAnyOrder(FitChart.Branch.values());
        assertThat(verdictsByBranch.get(FitChart.Branch.TWO_YES))
                .containsExactlyInAnyOrder(Verdict.STRONG_CANDIDATE, Verdict.CONSIDER);
        for (FitChart.Branch split : List.of(
                FitChart.Branch.ONE_YES_CODE,
                FitChart.Branch.ONE_YES_SHARED,
                FitChart.Branch.ONE_YES_SHARED_COORDINATION,
                FitChart.Branch.NO_YES_OPEN,
                FitChart.Branch.NO_YES_ALL_OPEN)) {
            assertThat(verdictsByBranch.get(split))
                    .as("%s", split)
                    .containsExactlyInAnyOrder(Verdict.CONSIDER, Verdict.KEEP);
        }
    }

    @Test
    void every_module_the_rule_judges_is_drawn_inside_a_region_of_its_own_verdict() {
        Random random = new Random(20261201);
        List<ModuleResult> modules = new ArrayList<>();
        Map<ModuleResult, String> anchors = new HashMap<>();
        Map<ModuleResult, Double> weight = new HashMap<>();
        for (int i = 0; i < 4_000; i++) {
            ModuleEvidence evidence = randomEvidence(random);
            Decision decision = DecisionRule.decide(evidence, randomAnswers(random));
            ModuleResult module = new ModuleResult(
                    new ModuleResult.Identity("g", "m" + i, "m" + i, "jar"),
                    new ModuleResult.Sources(
                            List.of(),
                            new FileStats(evidence.parsedFiles(), evidence.parsedFiles(), 0, evidence.linesOfCode()),
                            List.of(),
                            List.of()),
                    new ModuleResult.Graph(List.of(), List.of()),
                    new ModuleResult.Findings(List.of(), List.of()),
                    new ModuleResult.Judgement(
                            List.of(),
                            decision.verdict(),
                            decision.rationale(),
                            decision.whatWouldChange(),
                            decision.basis()),
                    null,
                    null);
            modules.add(module);
            anchors.put(module, "module-m" + i);
            weight.put(module, decision.basis().judged());
        }

        FitChart chart = FitChart.of(modules, anchors, weight);

        assertThat(chart.unplaced()).isEmpty();
        int drawn = 0;
        for (FitChart.Panel panel : chart.panels()) {
            for (FitChart.Point point : panel.points()) {
                double x = Double.parseDouble(point.x());
                double y = Double.parseDouble(point.y());
                List<String> inside = new ArrayList<>();
                List<String> touching = new ArrayList<>();
                for (FitChart.Region region : panel.regions()) {
                    double left = Double.parseDouble(region.x());
                    double top = Double.parseDouble(region.y());
                    double right = left + Double.parseDouble(region.width());
                    double bottom = top + Double.parseDouble(region.height());
                    String verdict =
                            region.verdict() == null ? "none" : region.verdict().key();
                    if (x > left + 0.01 && x < right - 0.01 && y > top + 0.01 && y < bottom - 0.01) {
                        inside.add(verdict);
                    }
                    if (x >= left - 0.01 && x <= right + 0.01 && y >= top - 0.01 && y <= bottom + 0.01) {
                        touching.add(verdict);
                    }
                }
                // a point well inside a region is in that region; one on a border is in one of them
                if (!inside.isEmpty()) {
                    assertThat(inside)
                            .as("%s in %s", point, panel.key())
                            .containsOnly(point.verdict().key());
                } else {
                    assertThat(touching)
                            .as("%s in %s", point, panel.key())
                            .contains(point.verdict().key());
                }
                drawn++;
            }
        }
        assertThat(drawn).isEqualTo((int) modules.stream()
                .filter(module -> module.verdict() != Verdict.NOT_ANALYZED)
                .count());
    }

    @Test
    void a_tooltip_never_rounds_a_module_onto_the_threshold_or_the_balance_it_was_compared_with() {
        // 16.95 against the strong-candidate threshold of 17, strong-fit a hair over avoid
        DecisionBasis under = new DecisionBasis(
                DecisionRule.Ground.NOT_DENSE_ENOUGH, null, 2, 1, true, 10, 9.99, 28.73, 16.95, 9, List.of());
        DecisionBasis over = new DecisionBasis(
                DecisionRule.Ground.STRONG_FIT, null, 2, 1, true, 17.04, 0, 17.04, 17.04, 9, List.of());
        DecisionBasis clear = new DecisionBasis(
                DecisionRule.Ground.NOT_DENSE_ENOUGH, null, 2, 1, true, 12.34, 2, 12.34, 12.34, 9, List.of());
        List<ModuleResult> modules = List.of(
                withBasis("under", Verdict.CONSIDER, under),
                withBasis("over", Verdict.STRONG_CANDIDATE, over),
                withBasis("clear", Verdict.CONSIDER, clear));
        Map<ModuleResult, String> anchors = new HashMap<>();
        modules.forEach(module -> anchors.put(module, "module-" + module.artifactId()));

        FitChart.Panel twoYes = FitChart.of(modules, anchors, Map.of()).panels().stream()
                .filter(panel -> panel.key().equals("two-yes"))
                .findFirst()
                .orElseThrow();

        assertThat(twoYes.points())
                .extracting(FitChart.Point::name, FitChart.Point::measure, FitChart.Point::share)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("under", "16.95", "50.03%"),
                        org.assertj.core.groups.Tuple.tuple("over", "17.04", "100%"),
                        org.assertj.core.groups.Tuple.tuple("clear", "12.3", "86%"));
    }

    private static ModuleResult withBasis(String name, Verdict verdict, DecisionBasis basis) {
        return new ModuleResult(
                new ModuleResult.Identity("g", name, name, "jar"),
                new ModuleResult.Sources(List.of(), new FileStats(1, 1, 0, 1000), List.of(), List.of()),
                new ModuleResult.Graph(List.of(), List.of()),
                new ModuleResult.Findings(List.of(), List.of()),
                new ModuleResult.Judgement(List.of(), verdict, List.of(), List.of(), basis),
                null,
                null);
    }

    @Test
    void the_thresholds_sit_where_the_regions_change() {
        Map<String, FitChart.Panel> panels = new HashMap<>();
        ReportModels.of(SyntheticResults.rich()).chart().panels().forEach(panel -> panels.put(panel.key(), panel));

        assertThresholdSplits(panels.get("two-yes"), DecisionRule.STRONG_CANDIDATE_DENSITY, "STRONG_CANDIDATE");
        assertThresholdSplits(panels.get("one-yes-shared"), DecisionRule.CONSIDER_DENSITY, "CONSIDER");
        assertThresholdSplits(panels.get("no-yes-open"), DecisionRule.STRONG_CORE_DENSITY, "CONSIDER");
        // a client library is kept left of the line; right of it the rule judges it in another panel
        assertThresholdSplits(panels.get("client"), DecisionRule.OWN_ENGINE_DENSITY, null);
        for (String unsplit : List.of("capped", "one-yes-code", "no-yes-closed", "kept")) {
            assertThat(panels.get(unsplit).thresholds()).as(unsplit).isEmpty();
        }
    }

    /** The panel's only threshold sits at {@code density}, where its region of {@code verdict} begins. */
    private static void assertThresholdSplits(FitChart.Panel panel, double density, String verdict) {
        double x = FitChart.px(density);
        assertThat(panel.thresholds())
                .as(panel.key())
                .singleElement()
                .satisfies(threshold -> assertThat(Double.parseDouble(threshold.x1()))
                        .isCloseTo(x, org.assertj.core.api.Assertions.within(0.06)));
        assertThat(panel.regions())
                .as(panel.key())
                .filteredOn(region -> verdict == null
                        ? region.verdict() == null
                        : region.verdict() != null && region.verdict().key().equals(verdict))
                .singleElement()
                .satisfies(region -> assertThat(Double.parseDouble(region.x()))
                        .isCloseTo(x, org.assertj.core.api.Assertions.within(0.06)));
    }

    @Test
    void a_module_in_a_corner_of_its_panel_or_on_its_top_edge_is_still_labelled() {
        Map<String, FitChart.Panel> panels = new HashMap<>();
        ReportModels.of(SyntheticResults.rich()).chart().panels().forEach(panel -> panels.put(panel.key(), panel));

        // no strong-fit evidence at all: drawn where both axes start
        FitChart.Point orders = panels.get("no-yes-closed").points().get(0);
        assertThat(orders.name()).isEqualTo("orders-api");
        assertThat(orders.x()).isEqualTo(Labels.decimal(FitChart.LEFT));
        assertThat(orders.y()).isEqualTo(Labels.decimal(FitChart.BOTTOM));
        assertThat(panels.get("no-yes-closed").labels())
                .extracting(FitChart.Label::text)
                .containsExactly("orders-api");
        // nothing but strong-fit evidence: drawn on the top edge, labelled beside it
        assertThat(panels.get("two-yes").labels())
                .extracting(FitChart.Label::text)
                .containsExactlyInAnyOrder("gateway", "scheduler", "legacy-parser");
    }

    @Test
    void tick_labels_across_keep_apart_and_include_the_rule_thresholds() {
        List<Double> ticks = FitChart.xTickValues();

        assertThat(ticks)
                .contains(
                        0.0,
                        DecisionRule.CONSIDER_DENSITY,
                        DecisionRule.OWN_ENGINE_DENSITY,
                        DecisionRule.STRONG_CANDIDATE_DENSITY,
                        DecisionRule.STRONG_CORE_DENSITY,
                        FitChart.X_MAX);
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

    @Test
    void a_label_pushed_left_of_its_point_never_covers_the_percentages_up_the_side() {
        // seen on a real reactor: two kept tools near the left of the top edge; the second name,
        // crowded out on the right by the first, was drawn left of its point over "100%"
        FitChart chart = ReportModels.of(
                        SyntheticResults.keptWithLocks(new String[] {"sshd-cli", "sshd-benchmarks"}, new int[] {7, 17}))
                .chart();
        FitChart.Panel panel = chart.panels().stream()
                .filter(candidate -> candidate.key().equals("no-yes-closed"))
                .findFirst()
                .orElseThrow();

        assertThat(panel.points()).extracting(FitChart.Point::y).containsOnly(Labels.decimal(FitChart.TOP));
        assertThat(panel.labels())
                .extracting(FitChart.Label::text)
                .containsExactlyInAnyOrder("sshd-cli", "sshd-benchmarks");
        for (FitChart.Tick tick : panel.yTicks()) {
            for (FitChart.Label label : panel.labels()) {
                double[] box = FitChart.box(
                        Double.parseDouble(label.x()),
                        Double.parseDouble(label.y()),
                        label.text().length() * FitChart.CHAR_WIDTH,
                        label.anchor());
                assertThat(FitChart.overlaps(box, FitChart.yTickBox(tick)))
                        .as("%s over %s", label, tick.label())
                        .isFalse();
            }
        }
    }

    /**
     * As a user saw it on a reactor of 27 modules: of the two strong candidates, one carried no name
     * (the places beside its point were taken by the other's name, a threshold's and a shared label),
     * and a considered module drawn at the same point as another was only counted, "+1".
     */
    @Test
    void every_candidate_on_a_crowded_map_is_named_in_the_drawing() {
        FitChart.Panel panel = ReportModels.of(SyntheticResults.layered()).chart().panels().stream()
                .filter(candidate -> candidate.key().equals("two-yes"))
                .findFirst()
                .orElseThrow();

        assertThat(panel.points())
                .extracting(FitChart.Point::name)
                .containsExactlyInAnyOrder("kit-runtime-internals", "kit-runtime-library", "kit-api", "kit-dag");
        assertThat(panel.labels())
                .flatExtracting(FitChart.Label::named)
                .containsExactlyInAnyOrder("kit-runtime-internals", "kit-runtime-library", "kit-api", "kit-dag");
        assertThat(panel.unnamed()).isEmpty();
        assertNoLabelCovers(panel);
    }

    @Test
    void a_point_without_room_for_its_name_is_listed_under_its_panel_candidates_first() {
        FitChart chart = ReportModels.of(SyntheticResults.large(300, 7)).chart();

        int listed = 0;
        for (FitChart.Panel panel : chart.panels()) {
            List<String> named = new ArrayList<>();
            panel.labels().forEach(label -> named.addAll(label.named()));
            assertThat(named).as(panel.key()).doesNotHaveDuplicates();
            for (FitChart.Label label : panel.labels()) {
                // a label names its first points in full and counts the rest, which are listed
                assertThat(label.text()).startsWith(String.join(", ", label.named()));
            }
            List<String> everyone = new ArrayList<>(named);
            panel.unnamed().forEach(point -> everyone.add(point.name()));
            assertThat(everyone)
                    .as(panel.key())
                    .containsExactlyInAnyOrderElementsOf(
                            panel.points().stream().map(FitChart.Point::name).toList());
            assertThat(panel.unnamed())
                    .extracting(point -> point.verdict().rank())
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            listed += panel.unnamed().size();
            assertNoLabelCovers(panel);
        }
        assertThat(listed).as("300 modules do not all find room").isPositive();
    }

    /** No label covers another, a point, a threshold's name or the percentages up the side. */
    private static void assertNoLabelCovers(FitChart.Panel panel) {
        List<double[]> boxes = new ArrayList<>();
        for (FitChart.Label label : panel.labels()) {
            boxes.add(FitChart.box(
                    Double.parseDouble(label.x()),
                    Double.parseDouble(label.y()),
                    label.text().length() * FitChart.CHAR_WIDTH,
                    label.anchor()));
        }
        List<double[]> others = new ArrayList<>();
        for (FitChart.Point point : panel.points()) {
            double x = Double.parseDouble(point.x());
            double y = Double.parseDouble(point.y());
            others.add(new double[] {x - 5, y - 5, x + 5, y + 5});
        }
        List<FitChart.Threshold> named = new ArrayList<>(panel.thresholds());
        if (panel.balance() != null) {
            named.add(panel.balance());
        }
        for (FitChart.Threshold threshold : named) {
            others.add(FitChart.box(
                    Double.parseDouble(threshold.labelX()),
                    Double.parseDouble(threshold.labelY()),
                    threshold.label().length() * FitChart.CHAR_WIDTH,
                    threshold.anchor()));
        }
        panel.yTicks().forEach(tick -> others.add(FitChart.yTickBox(tick)));
        for (int i = 0; i < boxes.size(); i++) {
            for (double[] other : others) {
                assertThat(FitChart.overlaps(boxes.get(i), other))
                        .as("%s in %s", panel.labels().get(i), panel.key())
                        .isFalse();
            }
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(FitChart.overlaps(boxes.get(i), boxes.get(j)))
                        .as("%s / %s", panel.labels().get(i), panel.labels().get(j))
                        .isFalse();
            }
        }
    }

    /**
     * Evidence of every kind the rule reads: densities of both sides, a core denser or not than the
     * whole, what the module is as a whole, and the traits (asserted by name, or found in files).
     */
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
        Set<Trait> named = EnumSet.noneOf(Trait.class);
        Map<Trait, Integer> found = new EnumMap<>(Trait.class);
        for (Trait trait : Trait.values()) {
            if (random.nextInt(24) == 0) {
                named.add(trait);
            }
            if (random.nextInt(5) == 0) {
                // as many findings as a few files, or as half the module's files
                found.put(trait, random.nextBoolean() ? random.nextInt(12) : random.nextInt(Math.max(1, parsed)));
            }
        }
        return new ModuleEvidence("m", "jar", lines, parsed, scores, List.of(), 5, whole, core, named, found);
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
