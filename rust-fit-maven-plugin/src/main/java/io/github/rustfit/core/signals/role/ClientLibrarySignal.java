package io.github.rustfit.core.signals.role;

import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.signals.ModuleFacts;
import io.github.rustfit.core.signals.ModuleFindings;
import io.github.rustfit.core.signals.ModuleSignal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A module named as a client library: {@code client}, {@code clients} or {@code sdk} as a whole name
 * part. A client's own work is usually requests, retries and bookkeeping over someone else's
 * engine; one that holds its own wire codecs or connection engine shows it in its code, and is then
 * judged on that like a server.
 */
public final class ClientLibrarySignal implements ModuleSignal {

    static final Set<String> WORDS = Set.of("client", "clients", "sdk");

    @Override
    public String id() {
        return "role.client-library";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.CLIENT_LIBRARY);
    }

    @Override
    public String description() {
        return "A module named as a client library or SDK, whose own work is usually requests, retries and bookkeeping rather than a data plane.";
    }

    @Override
    public void inspect(ModuleFacts module, ModuleFindings findings) {
        module.markedName(ClientLibrarySignal::marker)
                .ifPresent(named -> findings.report(module.pomFile(), 0, named.sentence("a client library")));
    }

    static Optional<String> marker(List<String> tokens) {
        return NameMarkers.word(tokens, WORDS);
    }
}
