package io.github.rustfit.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.CriterionScore;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.FileStats;
import io.github.rustfit.core.result.ModuleResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The density a criterion's cell shows on hover, beside the strength it reached. */
class CellFiguresTest {

    private static ReportModel.Cell cell(Criterion criterion, double perKloc, CriterionScore.Strength strength) {
        ModuleResult module = new ModuleResult(
                new ModuleResult.Identity("g", "m", "m", "jar"),
                new ModuleResult.Sources(List.of(), new FileStats(1, 1, 0, 1000), List.of(), List.of()),
                new ModuleResult.Graph(List.of(), List.of()),
                new ModuleResult.Findings(
                        List.of(), List.of(new CriterionScore(criterion, criterion.side(), 12, perKloc, strength))),
                new ModuleResult.Judgement(List.of(), Verdict.KEEP, List.of(), List.of(), null),
                null,
                null);
        return ModuleViews.of(module, "module-m", SourceLinks.NONE).criteria().stream()
                .filter(cell -> cell.criterion().equals(criterion.id()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_density_just_under_where_its_evidence_counts_is_not_shown_as_that_density() {
        // data-plane evidence counts as weak from 8 and strong from 25
        assertThat(cell(Criterion.DATA_PLANE, 7.96, CriterionScore.Strength.NONE)
                        .perKloc())
                .isEqualTo("7.96");
        assertThat(cell(Criterion.DATA_PLANE, 24.97, CriterionScore.Strength.WEAK)
                        .perKloc())
                .isEqualTo("24.97");
    }

    @Test
    void a_density_clear_of_its_thresholds_keeps_one_decimal() {
        assertThat(cell(Criterion.DATA_PLANE, 12.34, CriterionScore.Strength.WEAK)
                        .perKloc())
                .isEqualTo("12.3");
    }
}
