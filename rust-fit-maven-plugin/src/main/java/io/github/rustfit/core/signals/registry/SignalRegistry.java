package io.github.rustfit.core.signals.registry;

import io.github.rustfit.core.signals.ModuleSignal;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.codec.ChecksumsSignal;
import io.github.rustfit.core.signals.codec.CompressionSignal;
import io.github.rustfit.core.signals.codec.CryptoSignal;
import io.github.rustfit.core.signals.concurrency.AtomicsSignal;
import io.github.rustfit.core.signals.concurrency.ConcurrentCollectionsSignal;
import io.github.rustfit.core.signals.concurrency.CoordinationSignal;
import io.github.rustfit.core.signals.concurrency.ExecutorsSignal;
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
import io.github.rustfit.core.signals.memory.DirectBuffersSignal;
import io.github.rustfit.core.signals.memory.ForeignMemorySignal;
import io.github.rustfit.core.signals.memory.NativeCodeSignal;
import io.github.rustfit.core.signals.memory.ReferenceCountingSignal;
import io.github.rustfit.core.signals.memory.UnsafeMemorySignal;
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
import io.github.rustfit.core.signals.protocol.ByteBuffersSignal;
import io.github.rustfit.core.signals.protocol.CodecTypesSignal;
import io.github.rustfit.core.signals.protocol.InputStateMachinesSignal;
import io.github.rustfit.core.signals.prototype.BenchmarksSignal;
import io.github.rustfit.core.signals.prototype.NonProductionModuleSignal;
import io.github.rustfit.core.signals.security.TlsSignal;
import io.github.rustfit.core.signals.security.TokenVerificationSignal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The one explicit list of signals a run applies. Adding a signal means writing its class and
 * naming it here; nothing is discovered by reflection.
 */
public final class SignalRegistry {

    private SignalRegistry() {}

    /** Every file signal, sorted by id. */
    public static List<Signal> fileSignals() {
        return sorted(
                List.of(
                        // fundamental concurrency
                        new LocksSignal(),
                        new AtomicsSignal(),
                        new ExecutorsSignal(),
                        new ConcurrentCollectionsSignal(),
                        new CoordinationSignal(),
                        // data plane: parsing and protocol code
                        new ByteBuffersSignal(),
                        new BinaryStreamsSignal(),
                        new BitTwiddlingSignal(),
                        new CodecTypesSignal(),
                        new InputStateMachinesSignal(),
                        // long-running network-facing services
                        new ServerSocketsSignal(),
                        new ServiceLifecycleSignal(),
                        new SocketOptionsSignal(),
                        // CRUD-shaped web layers
                        new WebEndpointsSignal(),
                        new PersistenceSignal(),
                        new DelegatingServicesSignal(),
                        // memory outside the JVM's safety net
                        new UnsafeMemorySignal(),
                        new NativeCodeSignal(),
                        new ForeignMemorySignal(),
                        new DirectBuffersSignal(),
                        new ReferenceCountingSignal(),
                        // codecs, compression, checksums, crypto
                        new CompressionSignal(),
                        new ChecksumsSignal(),
                        new CryptoSignal(),
                        // hot-path structures
                        new OpenAddressingSignal(),
                        new MaskedIndexingSignal(),
                        new ObjectPoolsSignal(),
                        new ThreadLocalBuffersSignal(),
                        // security-sensitive services
                        new TlsSignal(),
                        new TokenVerificationSignal(),
                        // self-referential data
                        new SelfReferencesSignal(),
                        new ObserverListsSignal(),
                        // numerical research
                        new DenseArrayLoopsSignal(),
                        new MathFunctionsSignal(),
                        new NumericLibrariesSignal(),
                        // WebAssembly and constrained targets
                        new WebAssemblySignal(),
                        new ConstrainedTargetSignal(),
                        // benchmark suites, non-production code when they make up the module
                        new BenchmarksSignal()),
                Signal::id);
    }

    /** Every module signal, sorted by id. */
    public static List<ModuleSignal> moduleSignals() {
        return sorted(List.of(new NonProductionModuleSignal(), new ResearchModuleSignal()), ModuleSignal::id);
    }

    private static <T> List<T> sorted(List<T> signals, Function<T, String> id) {
        return signals.stream().sorted(Comparator.comparing(id)).toList();
    }
}
