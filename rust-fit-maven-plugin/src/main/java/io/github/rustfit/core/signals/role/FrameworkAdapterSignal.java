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
 * A module named as an adapter: an integration, adapter, bridge, binding or starter, or a module
 * named after the Java API it implements or plugs into (Servlet, JDBC, JMS, JPA, JAAS, JMX, OSGi,
 * CDI, JAX-RS, a JSR). Its contract is someone else's API, and the data plane belongs to what it
 * adapts.
 */
public final class FrameworkAdapterSignal implements ModuleSignal {

    static final Set<String> WORDS = Set.of(
            "integration",
            "integrations",
            "adapter",
            "adapters",
            "bridge",
            "bridges",
            "binding",
            "bindings",
            "starter",
            "autoconfigure",
            "servlet",
            "servlets",
            "jakarta",
            "javax",
            "jsr",
            "jdbc",
            "jms",
            "jpa",
            "jta",
            "jaas",
            "jndi",
            "jmx",
            "osgi",
            "cdi",
            "jaxrs",
            "rest");

    @Override
    public String id() {
        return "role.framework-adapter";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.FRAMEWORK_ADAPTER);
    }

    @Override
    public String description() {
        return "A module named as an integration, adapter, bridge or binding, or after a Java API it implements, whose data plane belongs to what it adapts.";
    }

    @Override
    public void inspect(ModuleFacts module, ModuleFindings findings) {
        module.markedName(FrameworkAdapterSignal::marker)
                .ifPresent(named -> findings.report(module.pomFile(), 0, named.sentence("an adapter")));
    }

    static Optional<String> marker(List<String> tokens) {
        return NameMarkers.word(tokens, WORDS);
    }
}
