package io.github.rustfit.core.signals.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.ModuleSignal;
import io.github.rustfit.core.signals.Signal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SignalRegistryTest {

    /** Ids appear in result files and manifests: changing one is a breaking change. */
    private static final List<String> STABLE_IDS = List.of(
            "codec.checksums",
            "codec.compression",
            "codec.crypto",
            "concurrency.atomics",
            "concurrency.concurrent-collections",
            "concurrency.coordination",
            "concurrency.counters",
            "concurrency.executors",
            "concurrency.future-chains",
            "concurrency.locks",
            "crud.delegating-services",
            "crud.persistence",
            "crud.web-endpoints",
            "graph.observer-lists",
            "graph.self-references",
            "hotpath.masked-indexing",
            "hotpath.object-pools",
            "hotpath.open-addressing",
            "hotpath.thread-local-buffers",
            "legacy.deprecated-types",
            "legacy.generated-sources",
            "memory.direct-buffers",
            "memory.foreign",
            "memory.native-code",
            "memory.native-glue",
            "memory.reference-counting",
            "memory.unsafe",
            "network.connection-loops",
            "network.server-sockets",
            "network.service-lifecycle",
            "network.socket-options",
            "numeric.dense-arrays",
            "numeric.libraries",
            "numeric.math-functions",
            "numeric.research-module",
            "platform.constrained",
            "platform.webassembly",
            "protocol.binary-streams",
            "protocol.bit-twiddling",
            "protocol.buffer-types",
            "protocol.byte-buffers",
            "protocol.character-lexers",
            "protocol.codec-types",
            "protocol.delegated-decoding",
            "protocol.input-state-machines",
            "prototype.benchmarks",
            "prototype.non-production-module",
            "role.api-contracts",
            "role.client-library",
            "role.command-line-tool",
            "role.entry-points",
            "role.experimental",
            "role.exporter",
            "role.framework-adapter",
            "role.legacy",
            "role.packaging",
            "role.shared-utilities",
            "security.tls",
            "security.token-verification");

    private record Described(String id, String description, Object criterion) {}

    private static List<Described> all() {
        return Stream.concat(
                        SignalRegistry.fileSignals().stream()
                                .map(s -> new Described(s.id(), s.description(), s.criterion())),
                        SignalRegistry.moduleSignals().stream()
                                .map(s -> new Described(s.id(), s.description(), s.criterion())))
                .toList();
    }

    @Test
    void registers_exactly_the_stable_ids() {
        assertThat(all().stream().map(Described::id).sorted().toList()).isEqualTo(STABLE_IDS);
    }

    @Test
    void every_id_is_unique_and_shaped_family_dot_name() {
        assertThat(all())
                .extracting(Described::id)
                .doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*"));
    }

    @Test
    void every_signal_serves_a_criterion_and_describes_itself_in_one_sentence() {
        assertThat(all()).allSatisfy(signal -> {
            assertThat(signal.criterion()).as(signal.id()).isNotNull();
            assertThat(signal.description()).as(signal.id()).isNotBlank().endsWith(".");
            assertThat(signal.description().strip().split("\\. "))
                    .as("%s is one sentence", signal.id())
                    .hasSize(1);
        });
    }

    @Test
    void lists_signals_sorted_by_id() {
        assertThat(SignalRegistry.fileSignals()).extracting(Signal::id).isSorted();
        assertThat(SignalRegistry.moduleSignals()).extracting(ModuleSignal::id).isSorted();
    }

    @Test
    void future_chains_are_evidence_of_coordination_and_never_add_to_a_concurrency_density() {
        assertThat(SignalRegistry.traitOf("concurrency.future-chains")).contains(Trait.ASYNC_COORDINATION);
        assertThat(Trait.ASYNC_COORDINATION.tempers()).isTrue();
        // thread pools and hand-made threads still start work beside other work: their trait adds to the density
        assertThat(SignalRegistry.traitOf("concurrency.executors"))
                .hasValueSatisfying(trait -> assertThat(trait.tempers()).isFalse());
    }

    @Test
    void thread_pools_locks_and_waits_are_concurrency_that_coordinates_and_still_add_to_its_density() {
        assertThat(List.of("concurrency.executors", "concurrency.locks", "concurrency.coordination"))
                .allSatisfy(id -> assertThat(SignalRegistry.traitOf(id)).contains(Trait.THREAD_COORDINATION));
        assertThat(Trait.THREAD_COORDINATION.tempers()).isFalse();
        // lock-free state and collections built to be shared are the module's own concurrent core
        assertThat(SignalRegistry.traitOf("concurrency.atomics")).isEmpty();
        assertThat(SignalRegistry.traitOf("concurrency.concurrent-collections")).isEmpty();
    }

    @Test
    void codec_types_and_bit_level_work_name_a_codec_of_its_own_and_still_add_to_the_data_plane() {
        assertThat(SignalRegistry.traitOf("protocol.codec-types")).contains(Trait.CODEC_TYPE);
        assertThat(SignalRegistry.traitOf("protocol.bit-twiddling")).contains(Trait.BIT_LEVEL);
        assertThat(List.of(Trait.CODEC_TYPE, Trait.BIT_LEVEL)).noneMatch(Trait::tempers);
    }

    @Test
    void counters_are_evidence_of_bookkeeping_and_never_add_to_a_concurrency_density() {
        assertThat(SignalRegistry.traitOf("concurrency.counters")).contains(Trait.COUNTERS);
        assertThat(Trait.COUNTERS.tempers()).isTrue();
        // compare-and-set state and memory ordering still are the module's own lock-free code
        assertThat(SignalRegistry.traitOf("concurrency.atomics")).isEmpty();
    }
}
