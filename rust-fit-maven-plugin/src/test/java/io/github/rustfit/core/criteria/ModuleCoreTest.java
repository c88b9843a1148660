package io.github.rustfit.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleCoreTest {

    private static List<Criterion> times(int count, Criterion criterion) {
        return Collections.nCopies(count, criterion);
    }

    @Test
    void the_core_is_the_densest_packages_until_they_hold_a_quarter_of_the_lines() {
        ModuleCore core = new ModuleCore.Finder()
                .add("doc.model", 30_000, times(30, Criterion.DATA_PLANE))
                .add("doc.filter", 4_000, times(120, Criterion.DATA_PLANE))
                .add("doc.filter", 2_000, times(40, Criterion.SAFETY_CRITICAL_SERVICE))
                .add("doc.crypt", 3_000, times(60, Criterion.DATA_PLANE))
                .add("doc.render", 1_000, times(40, Criterion.CRUD_SERVICE))
                .find();

        // 40,000 lines: filter (160 in 6,000) and crypt (60 in 3,000) hold 9,000, then model
        assertThat(core.packages()).containsExactly("doc.filter", "doc.crypt", "doc.model");
        assertThat(core.linesOfCode()).isEqualTo(39_000);
    }

    @Test
    void avoid_evidence_does_not_make_a_package_dense() {
        ModuleCore core = new ModuleCore.Finder()
                .add("app.web", 2_000, times(200, Criterion.CRUD_SERVICE))
                .add("app.codec", 2_000, times(10, Criterion.DATA_PLANE))
                .add("app.util", 4_000, List.of())
                .find();

        assertThat(core.packages()).containsExactly("app.codec");
        assertThat(core.perKloc(Criterion.DATA_PLANE)).isEqualTo(5.0);
        assertThat(core.density(Side.AVOID)).isZero();
    }

    @Test
    void a_small_module_is_its_own_core() {
        ModuleCore core = new ModuleCore.Finder()
                .add("tiny.a", 300, times(9, Criterion.DATA_PLANE))
                .add("tiny.b", 400, List.of())
                .find();

        assertThat(core.packages()).containsExactly("tiny.a", "tiny.b");
        assertThat(core.linesOfCode()).isEqualTo(700);
        assertThat(core.perKloc(Criterion.DATA_PLANE)).isEqualTo(9.0);
    }

    @Test
    void packages_of_equal_density_are_taken_in_name_order() {
        ModuleCore core = new ModuleCore.Finder()
                .add("b", 1_000, times(5, Criterion.DATA_PLANE))
                .add("a", 1_000, times(5, Criterion.DATA_PLANE))
                .add("c", 1_000, List.of())
                .find();

        assertThat(core.packages()).containsExactly("a");
    }

    @Test
    void the_core_is_found_among_files_so_one_large_package_does_not_hide_its_engine() {
        ModuleCore.Finder finder = new ModuleCore.Finder()
                .add("codec", 2_000, times(100, Criterion.DATA_PLANE))
                .add("codec", 1_000, times(40, Criterion.DATA_PLANE));
        for (int i = 0; i < 10; i++) {
            finder.add("codec", 1_000, times(2, Criterion.DATA_PLANE));
        }

        ModuleCore core = finder.find();

        // 13,000 lines in one package: the two frame codecs and one plain file make up its quarter
        assertThat(core.linesOfCode()).isEqualTo(4_000);
        assertThat(core.packages()).containsExactly("codec");
        assertThat(core.perKloc(Criterion.DATA_PLANE)).isEqualTo(35.5);
    }

    @Test
    void a_module_with_more_files_than_are_kept_is_judged_by_its_densest_kept_files() {
        ModuleCore.Finder finder = new ModuleCore.Finder();
        for (int i = 0; i < 1_000; i++) {
            finder.add("p" + (i % 7), 100, times(i % 10 == 0 ? 5 : 0, Criterion.DATA_PLANE));
        }

        ModuleCore core = finder.find();

        // a quarter is 25,000 lines, but only the densest files are kept: 100 dense, then plain ones
        assertThat(core.linesOfCode()).isEqualTo(ModuleCore.Finder.KEPT_FILES * 100L);
        assertThat(core.counts()).containsEntry(Criterion.DATA_PLANE, 500);
    }

    @Test
    void weighing_a_whole_with_its_core_takes_their_geometric_mean() {
        assertThat(ModuleEvidence.judged(7, 28)).isEqualTo(14.0);
        assertThat(ModuleEvidence.judged(12, 12)).isEqualTo(12.0);
        assertThat(ModuleEvidence.judged(0, 40)).isZero();
    }
}
