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
 * A module named as an exporter of observations: exporters and reporters, monitoring, tracing,
 * telemetry, instrumentation and health checks. Its work is reading numbers the application keeps
 * and handing them to a monitoring system on a schedule or a scrape.
 */
public final class ExporterSignal implements ModuleSignal {

    static final Set<String> WORDS = Set.of(
            "exporter",
            "exporters",
            "reporter",
            "reporters",
            "monitoring",
            "instrumentation",
            "instrumentations",
            "telemetry",
            "tracing",
            "tracer",
            "trace",
            "healthcheck",
            "healthchecks",
            "health");

    @Override
    public String id() {
        return "role.exporter";
    }

    @Override
    public Criterion criterion() {
        return Criterion.DATA_PLANE;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.EXPORTER);
    }

    @Override
    public String description() {
        return "A module named as an exporter, reporter, monitoring, tracing or instrumentation module, which feeds observations to another system.";
    }

    @Override
    public void inspect(ModuleFacts module, ModuleFindings findings) {
        module.markedName(ExporterSignal::marker)
                .ifPresent(named -> findings.report(module.pomFile(), 0, named.sentence("an exporter")));
    }

    static Optional<String> marker(List<String> tokens) {
        return NameMarkers.word(tokens, WORDS);
    }
}
