package io.github.rustfit.core.signals.registry;

import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.ModuleSignal;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.codec.ChecksumsSignal;
import io.github.rustfit.core.signals.codec.CompressionSignal;
import io.github.rustfit.core.signals.codec.CryptoSignal;
import io.github.rustfit.core.signals.concurrency.AtomicsSignal;
import io.github.rustfit.core.signals.concurrency.ConcurrentCollectionsSignal;
import io.github.rustfit.core.signals.concurrency.CoordinationSignal;
import io.github.rustfit.core.signals.concurrency.CountersSignal;
import io.github.rustfit.core.signals.concurrency.ExecutorsSignal;
import io.github.rustfit.core.signals.concurrency.FutureChainsSignal;
import io.github.rustfit.core.signals.concurrency.LocksSignal;
import io.github.rustfit.core.signals.crud.DelegatingServicesSignal;
import io.github.rustfit.core.signals.crud.PersistenceSignal;
import io.github.rustfit.core.signals.crud.WebEndpointsSignal;
import io.github.rustfit.core.signals.graph.ObserverListsSignal;
import io.github.rustfit.core.signals.graph.SelfReferencesSignal;
import io.github.rustfit.core.signals.hotpath.MaskedIndexingSignal;
import io.github.rustfit.core.signals.hotpath.ObjectPoolsSignal;
import io.github.rustfit.core.signals.hotpath.OpenAddressingSignal;
import io.github.rustfit.core.signals.hotpath.ThreadLocalBuffersSignal;
import io.github.rustfit.core.signals.legacy.DeprecatedTypesSignal;
import io.github.rustfit.core.signals.legacy.GeneratedSourcesSignal;
import io.github.rustfit.core.signals.memory.DirectBuffersSignal;
import io.github.rustfit.core.signals.memory.ForeignMemorySignal;
import io.github.rustfit.core.signals.memory.NativeCodeSignal;
import io.github.rustfit.core.signals.memory.NativeGlueSignal;
import io.github.rustfit.core.signals.memory.ReferenceCountingSignal;
import io.github.rustfit.core.signals.memory.UnsafeMemorySignal;
import io.github.rustfit.core.signals.network.ConnectionLoopsSignal;
import io.github.rustfit.core.signals.network.ServerSocketsSignal;
import io.github.rustfit.core.signals.network.ServiceLifecycleSignal;
import io.github.rustfit.core.signals.network.SocketOptionsSignal;
import io.github.rustfit.core.signals.numeric.DenseArrayLoopsSignal;
import io.github.rustfit.core.signals.numeric.MathFunctionsSignal;
import io.github.rustfit.core.signals.numeric.NumericLibrariesSignal;
import io.github.rustfit.core.signals.numeric.ResearchModuleSignal;
import io.github.rustfit.core.signals.platform.ConstrainedTargetSignal;
import io.github.rustfit.core.signals.platform.WebAssemblySignal;
import io.github.rustfit.core.signals.protocol.BinaryStreamsSignal;
import io.github.rustfit.core.signals.protocol.BitTwiddlingSignal;
import io.github.rustfit.core.signals.protocol.BufferTypesSignal;
import io.github.rustfit.core.signals.protocol.ByteBuffersSignal;
import io.github.rustfit.core.signals.protocol.CharacterLexersSignal;
import io.github.rustfit.core.signals.protocol.CodecTypesSignal;
import io.github.rustfit.core.signals.protocol.DelegatedDecodingSignal;
import io.github.rustfit.core.signals.protocol.InputStateMachinesSignal;
import io.github.rustfit.core.signals.prototype.BenchmarksSignal;
import io.github.rustfit.core.signals.prototype.NonProductionModuleSignal;
import io.github.rustfit.core.signals.role.ApiContractsSignal;
import io.github.rustfit.core.signals.role.ClientLibrarySignal;
import io.github.rustfit.core.signals.role.CommandLineToolSignal;
import io.github.rustfit.core.signals.role.EntryPointsSignal;
import io.github.rustfit.core.signals.role.ExperimentalSignal;
import io.github.rustfit.core.signals.role.ExporterSignal;
import io.github.rustfit.core.signals.role.FrameworkAdapterSignal;
import io.github.rustfit.core.signals.role.LegacySignal;
import io.github.rustfit.core.signals.role.PackagingRoleSignal;
import io.github.rustfit.core.signals.role.SharedUtilitiesSignal;
import io.github.rustfit.core.signals.security.TlsSignal;
import io.github.rustfit.core.signals.security.TokenVerificationSignal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one explicit list of signals a run applies. Adding a signal means writing its class and
 * naming it here; nothing is discovered by reflection.
 */
public final class SignalRegistry {

    private SignalRegistry() {}

    /** Every file signal, sorted by id. */
    public static List<Signal> fileSignals() {
        return sorted(
                Stream.of(
                                concurrency(),
                                dataPlane(),
                                networkServices(),
                                crudLayers(),
                                memory(),
                                codecs(),
                                hotPath(),
                                securityServices(),
                                selfReferentialData(),
                                numericalResearch(),
                                constrainedTargets(),
                                prototypes(),
                                temperingEvidence())
                        .flatMap(List::stream)
                        .toList(),
                Signal::id);
    }

    /** Fundamental concurrency. */
    private static List<Signal> concurrency() {
        return List.of(
                new LocksSignal(),
                new AtomicsSignal(),
                new ExecutorsSignal(),
                new ConcurrentCollectionsSignal(),
                new CoordinationSignal(),
                new CountersSignal(),
                new FutureChainsSignal());
    }

    /** Data plane: parsing and protocol code. */
    private static List<Signal> dataPlane() {
        return List.of(
                new ByteBuffersSignal(),
                new BinaryStreamsSignal(),
                new BitTwiddlingSignal(),
                new CodecTypesSignal(),
                new InputStateMachinesSignal(),
                new CharacterLexersSignal(),
                new BufferTypesSignal());
    }

    /** Long-running network-facing services. */
    private static List<Signal> networkServices() {
        return List.of(
                new ServerSocketsSignal(),
                new ServiceLifecycleSignal(),
                new ConnectionLoopsSignal(),
                new SocketOptionsSignal());
    }

    /** CRUD-shaped web layers. */
    private static List<Signal> crudLayers() {
        return List.of(new WebEndpointsSignal(), new PersistenceSignal(), new DelegatingServicesSignal());
    }

    /** Memory outside the JVM's safety net. */
    private static List<Signal> memory() {
        return List.of(
                new UnsafeMemorySignal(),
                new NativeCodeSignal(),
                new ForeignMemorySignal(),
                new DirectBuffersSignal(),
                new ReferenceCountingSignal());
    }

    /** Codecs, compression, checksums, crypto. */
    private static List<Signal> codecs() {
        return List.of(new CompressionSignal(), new ChecksumsSignal(), new CryptoSignal());
    }

    /** Hot-path structures. */
    private static List<Signal> hotPath() {
        return List.of(
                new OpenAddressingSignal(),
                new MaskedIndexingSignal(),
                new ObjectPoolsSignal(),
                new ThreadLocalBuffersSignal());
    }

    /** Security-sensitive services. */
    private static List<Signal> securityServices() {
        return List.of(new TlsSignal(), new TokenVerificationSignal());
    }

    /** Self-referential data. */
    private static List<Signal> selfReferentialData() {
        return List.of(new SelfReferencesSignal(), new ObserverListsSignal());
    }

    /** Numerical research. */
    private static List<Signal> numericalResearch() {
        return List.of(new DenseArrayLoopsSignal(), new MathFunctionsSignal(), new NumericLibrariesSignal());
    }

    /** WebAssembly and constrained targets. */
    private static List<Signal> constrainedTargets() {
        return List.of(new WebAssemblySignal(), new ConstrainedTargetSignal());
    }

    /** Benchmark suites, non-production code when they make up the module. */
    private static List<Signal> prototypes() {
        return List.of(new BenchmarksSignal());
    }

    /**
     * What tempers the evidence: tools, API facades, deprecated and generated code, native glue,
     * decoding handed to another project.
     */
    private static List<Signal> temperingEvidence() {
        return List.of(
                new EntryPointsSignal(),
                new ApiContractsSignal(),
                new DeprecatedTypesSignal(),
                new GeneratedSourcesSignal(),
                new NativeGlueSignal(),
                new DelegatedDecodingSignal());
    }

    /** Every module signal, sorted by id. */
    public static List<ModuleSignal> moduleSignals() {
        return sorted(
                List.of(
                        new NonProductionModuleSignal(),
                        new ResearchModuleSignal(),
                        // what a module is for, by its own name or packaging
                        new CommandLineToolSignal(),
                        new ClientLibrarySignal(),
                        new FrameworkAdapterSignal(),
                        new ExporterSignal(),
                        new PackagingRoleSignal(),
                        new SharedUtilitiesSignal(),
                        new LegacySignal(),
                        new ExperimentalSignal()),
                ModuleSignal::id);
    }

    /** The trait the registered signal {@code id} shows, if it is registered and shows one. */
    public static Optional<Trait> traitOf(String id) {
        return Optional.ofNullable(TRAITS.get(id));
    }

    /** True when {@code id} is a registered module signal (one that judges the module as a whole). */
    public static boolean isModuleSignal(String id) {
        return MODULE_SIGNAL_IDS.contains(id);
    }

    private static final Map<String, Trait> TRAITS = traits();
    private static final Set<String> MODULE_SIGNAL_IDS =
            moduleSignals().stream().map(ModuleSignal::id).collect(Collectors.toUnmodifiableSet());

    private static Map<String, Trait> traits() {
        Map<String, Trait> traits = new HashMap<>();
        fileSignals().forEach(s -> s.trait().ifPresent(trait -> traits.put(s.id(), trait)));
        moduleSignals().forEach(s -> s.trait().ifPresent(trait -> traits.put(s.id(), trait)));
        return Map.copyOf(traits);
    }

    private static <T> List<T> sorted(List<T> signals, Function<T, String> id) {
        return signals.stream().sorted(Comparator.comparing(id)).toList();
    }
}
