package io.github.rustfit.core.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.adoption.AdoptionAdvisor.FileEvidence;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.result.Adoption;
import io.github.rustfit.core.result.Adoption.Hotspot;
import io.github.rustfit.core.result.Adoption.Stage;
import io.github.rustfit.core.result.ExtractionPlan;
import io.github.rustfit.core.result.ExtractionPlan.Boundary;
import io.github.rustfit.core.result.ExtractionPlan.Cut;
import io.github.rustfit.core.result.ExtractionPlan.Kind;
import io.github.rustfit.core.result.ExtractionPlan.Needs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdoptionAdvisorTest {

    private static FileEvidence file(String type, int byteBuffers, int locks) {
        return new FileEvidence(
                type,
                "m/src/main/java/" + type.replace('.', '/') + ".java",
                Map.of("protocol.byte-buffers", byteBuffers, "concurrency.locks", locks));
    }

    @Test
    void a_concentrated_hot_path_suggests_a_library_behind_ffi_naming_its_classes() {
        Adoption adoption = AdoptionAdvisor.advise(
                "wire-protocol",
                List.of(file("p.FrameDecoder", 30, 1), file("p.Varints", 20, 0), file("p.Message", 1, 1)),
                false);

        assertThat(adoption.hotspots()).extracting(Hotspot::type).containsExactly("p.FrameDecoder", "p.Varints");
        assertThat(adoption.hotspots().get(0).occurrences()).isEqualTo(31);
        assertThat(adoption.hotspots().get(0).share()).isEqualTo(0.585);
        assertThat(adoption.hotspots().get(0).signals()).containsExactly("protocol.byte-buffers", "concurrency.locks");
        assertThat(adoption.firstStep().stage()).isEqualTo(Stage.LIBRARY);
        assertThat(adoption.firstStep().summary())
                .startsWith("Rewrite FrameDecoder, Varints as a Rust library")
                .contains("keep the rest of wire-protocol on the JVM");
        assertThat(adoption.firstStep().reason())
                .startsWith("96% of the module's strong-fit evidence sits in 2 classes");
    }

    @Test
    void a_service_is_never_the_first_step() {
        Adoption adoption = AdoptionAdvisor.advise("gateway", List.of(file("g.EventLoop", 30, 30)), true);

        assertThat(adoption.firstStep().stage()).isEqualTo(Stage.LIBRARY);
        assertThat(adoption.firstStep().reason()).contains("whole service comes third");
    }

    @Test
    void evidence_spread_thin_suggests_tooling_first() {
        List<FileEvidence> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            files.add(file("p.C" + (i < 10 ? "0" : "") + i, 2, 0));
        }

        Adoption adoption = AdoptionAdvisor.advise("engine", files, false);

        assertThat(adoption.hotspots()).hasSize(5);
        assertThat(adoption.firstStep().stage()).isEqualTo(Stage.TOOLING);
        assertThat(adoption.firstStep().reason()).contains("only 13% of it");
    }

    @Test
    void without_strong_fit_classes_the_step_is_a_tool() {
        Adoption adoption = AdoptionAdvisor.advise("m", List.of(), false);

        assertThat(adoption.hotspots()).isEmpty();
        assertThat(adoption.firstStep().stage()).isEqualTo(Stage.TOOLING);
    }

    @Test
    void only_strong_fit_findings_count_towards_hotspots() {
        Map<String, Integer> counts = AdoptionAdvisor.strongFitCounts(
                List.of("protocol.byte-buffers", "crud.web-endpoints", "protocol.byte-buffers", "unknown"),
                id -> switch (id) {
                    case "protocol.byte-buffers" -> Criterion.DATA_PLANE;
                    case "crud.web-endpoints" -> Criterion.CRUD_SERVICE;
                    default -> null;
                });

        assertThat(counts).containsExactly(Map.entry("protocol.byte-buffers", 2));
    }

    private static ExtractionPlan plan(Kind kind) {
        return new ExtractionPlan(
                new Cut(List.of(), 120, 0.96, 3, false, "the hotspots and what they refer to"),
                List.of(),
                0,
                List.of(),
                List.of(),
                new Needs(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                new Boundary(kind, "why", "mechanism"));
    }

    private static Adoption concentrated(boolean service) {
        return AdoptionAdvisor.advise(
                "wire-protocol",
                List.of(file("p.FrameDecoder", 30, 1), file("p.Varints", 20, 0), file("p.Message", 1, 1)),
                service);
    }

    @Test
    void behind_a_narrow_boundary_the_first_step_is_a_library_behind_ffm_or_jni() {
        Adoption adoption = AdoptionAdvisor.withPlan("wire-protocol", concentrated(false), plan(Kind.NARROW), false);

        assertThat(adoption.extraction()).isEqualTo(plan(Kind.NARROW));
        assertThat(adoption.firstStep().stage()).isEqualTo(Stage.LIBRARY);
        assertThat(adoption.firstStep().summary())
                .isEqualTo("Rewrite FrameDecoder, Varints as a Rust library behind the FFM API (JDK 22 or later), or"
                        + " JNI on older JDKs, and keep the rest of wire-protocol on the JVM.");
        assertThat(adoption.firstStep().reason())
                .isEqualTo("96% of the module's strong-fit evidence sits in 2 classes behind a narrow boundary: a"
                        + " small, hot boundary is the article's second step, and it teaches ownership without an"
                        + " async runtime.");
    }

    @Test
    void behind_a_chatty_boundary_the_first_step_is_a_tool_while_the_interface_is_batched_or_kept() {
        Adoption adoption = AdoptionAdvisor.withPlan("wire-protocol", concentrated(false), plan(Kind.CHATTY), false);

        assertThat(adoption.firstStep().stage()).isEqualTo(Stage.TOOLING);
        assertThat(adoption.firstStep().summary())
                .isEqualTo("Start with a Rust tool around what FrameDecoder, Varints handle (a validator, fuzzer or"
                        + " replayer for the same inputs); batch their interface first (whole arrays or buffers per"
                        + " call) before moving them behind FFM or JNI, or keep them on the JVM.");
        assertThat(adoption.firstStep().reason())
                .isEqualTo("96% of the module's strong-fit evidence sits in 2 classes, but the extraction plan finds"
                        + " a chatty boundary: per-element calls would spend more on crossings than Rust saves, so a"
                        + " Rust library is no small step yet; the article's first step builds skill at low stakes.")
                .doesNotContain("small, hot boundary");
    }

    @Test
    void behind_a_wide_boundary_the_first_step_is_a_tool_while_it_is_restructured_or_run_as_a_sidecar() {
        Adoption adoption = AdoptionAdvisor.withPlan(
                "udp-transport",
                AdoptionAdvisor.advise("udp-transport", List.of(file("t.UdpConduit", 30, 3)), true),
                plan(Kind.WIDE),
                true);

        assertThat(adoption.firstStep().stage()).isEqualTo(Stage.TOOLING);
        assertThat(adoption.firstStep().summary())
                .isEqualTo("Start with a Rust tool around what UdpConduit handles (a validator, fuzzer or replayer"
                        + " for the same inputs); restructure it behind a byte- or message-shaped interface before"
                        + " moving any code, or run it as a sidecar service that exchanges messages rather than"
                        + " objects.");
        assertThat(adoption.firstStep().reason())
                .isEqualTo("100% of the module's strong-fit evidence sits in 1 class, but the extraction plan finds a"
                        + " wide boundary, so a Rust library behind FFI is no small step yet; the article's first step"
                        + " builds skill at low stakes. A rewrite of the whole service comes last, once the team has"
                        + " absorbed the language.")
                .doesNotContain("small, hot boundary");
    }

    @Test
    void evidence_spread_thin_behind_a_narrow_boundary_starts_with_a_tool_and_names_the_library_next() {
        List<FileEvidence> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            files.add(file("p.C" + (i < 10 ? "0" : "") + i, 2, 0));
        }

        Adoption adoption = AdoptionAdvisor.withPlan(
                "engine", AdoptionAdvisor.advise("engine", files, false), plan(Kind.NARROW), false);

        assertThat(adoption.firstStep().stage()).isEqualTo(Stage.TOOLING);
        assertThat(adoption.firstStep().summary())
                .endsWith("before moving any code; their boundary is narrow, so a Rust library behind FFM (JDK 22 or"
                        + " later) or JNI can follow.");
    }

    @Test
    void without_a_cut_the_plan_leaves_the_first_step_as_it_was() {
        Adoption before = AdoptionAdvisor.advise("wire-protocol", List.of(), false);
        ExtractionPlan noCut = new ExtractionPlan(
                new Cut(List.of(), 0, 0, 3, false, "no strong-fit evidence"),
                List.of(),
                0,
                List.of(),
                List.of(),
                new Needs(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                null);

        Adoption after = AdoptionAdvisor.withPlan("wire-protocol", before, noCut, false);

        assertThat(after.firstStep()).isEqualTo(before.firstStep());
        assertThat(after.extraction()).isEqualTo(noCut);
    }
}
