package io.github.rustfit.core.signals.numeric;

import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.ModuleFacts;
import io.github.rustfit.core.signals.ModuleFindings;
import io.github.rustfit.core.signals.ModuleSignal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A module whose own name says it is machine-learning code: {@code ml}, {@code neural}, {@code
 * learning} and the like as a whole name part. Such a module is research or model code as a whole,
 * which the article keeps in the ecosystem that owns it, however much byte-level model I/O it does.
 */
public final class ResearchModuleSignal implements ModuleSignal {

    static final Set<String> WORDS =
            Set.of("ml", "machinelearning", "neural", "nn", "deeplearning", "learning", "mllib", "training");

    @Override
    public String id() {
        return "numeric.research-module";
    }

    @Override
    public Criterion criterion() {
        return Criterion.NUMERICAL_RESEARCH;
    }

    @Override
    public String description() {
        return "A module whose own name marks it as machine-learning code, research the article leaves to"
                + " the ecosystem that owns it.";
    }

    @Override
    public void inspect(ModuleFacts module, ModuleFindings findings) {
        module.markedName(ResearchModuleSignal::marker)
                .ifPresent(named -> findings.report(module.pomFile(), 0, named.sentence("machine-learning code")));
    }

    static Optional<String> marker(List<String> tokens) {
        return tokens.stream().filter(WORDS::contains).findFirst();
    }
}
