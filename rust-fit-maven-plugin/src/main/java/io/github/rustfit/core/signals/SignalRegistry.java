package io.github.rustfit.core.signals;

import java.util.Comparator;
import java.util.List;

/**
 * The one explicit list of signals a run applies. Adding a signal means writing its class and
 * naming it here; nothing is discovered by reflection.
 */
public final class SignalRegistry {

    private SignalRegistry() {}

    /** Every file signal, sorted by id. */
    public static List<Signal> fileSignals() {
        return sorted(List.of(), Signal::id);
    }

    /** Every module signal, sorted by id. */
    public static List<ModuleSignal> moduleSignals() {
        return sorted(List.of(), ModuleSignal::id);
    }

    private static <T> List<T> sorted(List<T> signals, java.util.function.Function<T, String> id) {
        return signals.stream().sorted(Comparator.comparing(id)).toList();
    }
}
