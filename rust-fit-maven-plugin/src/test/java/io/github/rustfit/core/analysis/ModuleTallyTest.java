package io.github.rustfit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.file.FileReport;
import io.github.rustfit.core.result.Evidence;
import io.github.rustfit.core.result.ParseProblem;
import io.github.rustfit.core.signals.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ModuleTallyTest {

    private static final Map<String, Criterion> CRITERIA = Map.of(
            "protocol.byte-buffers", Criterion.DATA_PLANE,
            "network.service-lifecycle", Criterion.SAFETY_CRITICAL_SERVICE,
            "crud.persistence", Criterion.CRUD_SERVICE);

    private static ModuleTally tally(int maxEvidence) {
        return new ModuleTally(maxEvidence, CRITERIA::get);
    }

    private static FileReport parsed(String file, String packageName, int lines, Finding... findings) {
        return new FileReport(file, lines, packageName, List.of(findings), Optional.empty(), Optional.empty());
    }

    /** The evidence as it was chosen before tallies: every occurrence held, files taken in turn. */
    private static List<Evidence> roundRobin(List<Evidence> all, int maxEvidence) {
        TreeMap<String, List<Evidence>> byFile = new TreeMap<>();
        all.forEach(
                e -> byFile.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(e));
        List<Evidence> kept = new ArrayList<>();
        for (int round = 0; kept.size() < maxEvidence; round++) {
            boolean any = false;
            for (List<Evidence> inFile : byFile.values()) {
                if (round < inFile.size() && kept.size() < maxEvidence) {
                    kept.add(inFile.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        Collections.sort(kept);
        return kept;
    }

    @Test
    void the_evidence_kept_is_what_taking_every_file_in_turn_over_all_occurrences_would_show() {
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            int maxEvidence = 1 + random.nextInt(8);
            ModuleTally.SignalTally signal = new ModuleTally.SignalTally(maxEvidence);
            List<Evidence> all = new ArrayList<>();
            int files = 1 + random.nextInt(30);
            List<String> order = new ArrayList<>();
            for (int f = 0; f < files; f++) {
                order.add(String.format("m/src/F%02d.java", f));
            }
            Collections.shuffle(order, random);
            for (String file : order) {
                int occurrences = 1 + random.nextInt(12);
                for (int line = 1; line <= occurrences; line++) {
                    Evidence evidence = new Evidence(file, line * 3, "line " + line);
                    all.add(evidence);
                    signal.add(evidence);
                }
            }

            assertThat(signal.kept()).isEqualTo(roundRobin(all, maxEvidence));
            assertThat(signal.count()).isEqualTo(all.size());
        }
    }

    @Test
    void a_signal_holds_at_most_max_evidence_files_with_max_evidence_occurrences_each_however_many_it_meets() {
        ModuleTally.SignalTally signal = new ModuleTally.SignalTally(5);
        for (int f = 999; f >= 0; f--) {
            for (int line = 1; line <= 100; line++) {
                signal.add(new Evidence(String.format("m/F%03d.java", f), line, "x"));
            }
        }

        assertThat(signal.count()).isEqualTo(100_000);
        assertThat(signal.held()).isLessThanOrEqualTo(25);
        assertThat(signal.kept())
                .extracting(Evidence::file)
                .containsExactly("m/F000.java", "m/F001.java", "m/F002.java", "m/F003.java", "m/F004.java");
    }

    @Test
    void counts_files_lines_packages_and_parse_problems() {
        ModuleTally tally = tally(20);
        tally.add(parsed("m/A.java", "p.one", 10));
        tally.add(parsed("m/B.java", "", 5));
        tally.add(new FileReport(
                "m/C.java",
                7,
                "",
                List.of(),
                Optional.of(new ParseProblem("m/C.java", 2, 3, "Parse error")),
                Optional.empty()));

        assertThat(tally.files()).isEqualTo(3);
        assertThat(tally.parsedFiles()).isEqualTo(2);
        assertThat(tally.linesOfCode()).isEqualTo(22);
        assertThat(tally.packages()).containsExactly("p.one");
        assertThat(tally.problems()).extracting(ParseProblem::file).containsExactly("m/C.java");
    }

    @Test
    void module_findings_join_the_signal_evidence_and_name_their_criterion() {
        ModuleTally tally = tally(20);
        tally.add(parsed("m/A.java", "p", 10, new Finding("crud.persistence", 4, "@Entity")));
        tally.addModuleFinding("crud.persistence", new Evidence("m/pom.xml", 1, "module-level"));

        assertThat(tally.count("crud.persistence")).isEqualTo(2);
        assertThat(tally.evidence("crud.persistence"))
                .extracting(Evidence::file)
                .containsExactly("m/A.java", "m/pom.xml");
        assertThat(tally.moduleCriteria()).containsExactly(Criterion.CRUD_SERVICE);
    }

    @Test
    void a_service_lifecycle_finding_marks_the_module_service_shaped_and_strong_fit_files_become_hotspot_candidates() {
        ModuleTally tally = tally(20);
        tally.add(parsed("m/p/Plain.java", "p", 10, new Finding("crud.persistence", 4, "@Entity")));
        assertThat(tally.serviceShaped()).isFalse();

        tally.add(parsed(
                "m/p/Server.java",
                "p",
                10,
                new Finding("network.service-lifecycle", 3, "main"),
                new Finding("protocol.byte-buffers", 5, "buf.get()")));

        assertThat(tally.serviceShaped()).isTrue();
        assertThat(io.github.rustfit.core.adoption.AdoptionAdvisor.advise("m", tally.hotspots(), false)
                        .hotspots())
                .singleElement()
                .satisfies(hotspot -> {
                    assertThat(hotspot.type()).isEqualTo("p.Server");
                    assertThat(hotspot.occurrences()).isEqualTo(2);
                });
    }
}
