package io.github.rustfit.core.signals;

import io.github.rustfit.core.signals.concurrency.AtomicsSignal;
import io.github.rustfit.core.signals.concurrency.ConcurrentCollectionsSignal;
import io.github.rustfit.core.signals.concurrency.CoordinationSignal;
import io.github.rustfit.core.signals.concurrency.ExecutorsSignal;
import io.github.rustfit.core.signals.concurrency.LocksSignal;
import io.github.rustfit.core.signals.crud.DelegatingServicesSignal;
import io.github.rustfit.core.signals.crud.PersistenceSignal;
import io.github.rustfit.core.signals.crud.WebEndpointsSignal;
import io.github.rustfit.core.signals.network.ServerSocketsSignal;
import io.github.rustfit.core.signals.network.ServiceLifecycleSignal;
import io.github.rustfit.core.signals.protocol.BinaryStreamsSignal;
import io.github.rustfit.core.signals.protocol.BitTwiddlingSignal;
import io.github.rustfit.core.signals.protocol.ByteBuffersSignal;
import io.github.rustfit.core.signals.protocol.CodecTypesSignal;
import io.github.rustfit.core.signals.protocol.InputStateMachinesSignal;
import io.github.rustfit.core.signals.prototype.NonProductionModuleSignal;
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
                        // CRUD-shaped web layers
                        new WebEndpointsSignal(),
                        new PersistenceSignal(),
                        new DelegatingServicesSignal()),
                Signal::id);
    }

    /** Every module signal, sorted by id. */
    public static List<ModuleSignal> moduleSignals() {
        return sorted(List.of(new NonProductionModuleSignal()), ModuleSignal::id);
    }

    private static <T> List<T> sorted(List<T> signals, Function<T, String> id) {
        return signals.stream().sorted(Comparator.comparing(id)).toList();
    }
}
