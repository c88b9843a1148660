package io.github.rustfit.core.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.adoption.AdoptionAdvisor.FileEvidence;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.result.Adoption;
import io.github.rustfit.core.result.Adoption.Hotspot;
import io.github.rustfit.core.result.Adoption.Stage;
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
}
