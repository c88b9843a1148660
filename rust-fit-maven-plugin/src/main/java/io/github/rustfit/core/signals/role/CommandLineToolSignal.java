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
 * A module that is a tool by its own name or packaging: a command-line, shell, console or admin
 * tool, a GUI or debugger, a code generator or compiler run by the build, a Maven plugin or an
 * archetype. Such code runs when a person or a build asks and then exits; it is not the
 * long-running service whose memory bugs become incidents.
 */
public final class CommandLineToolSignal implements ModuleSignal {

    static final Set<String> WORDS = Set.of(
            "cli",
            "tool",
            "tools",
            "tooling",
            "shell",
            "console",
            "admin",
            "command",
            "commands",
            "cmd",
            "launcher",
            "gui",
            "ui",
            "debugger",
            "viewer",
            "generator",
            "generators",
            "codegen",
            "compiler",
            "archetype",
            "archetypes",
            "maven-plugin",
            "gradle-plugin");

    /** Packagings of build tooling. */
    static final Set<String> PACKAGINGS = Set.of("maven-plugin", "maven-archetype");

    @Override
    public String id() {
        return "role.command-line-tool";
    }

    @Override
    public Criterion criterion() {
        return Criterion.SAFETY_CRITICAL_SERVICE;
    }

    @Override
    public Optional<Trait> trait() {
        return Optional.of(Trait.COMMAND_LINE_TOOL);
    }

    @Override
    public String description() {
        return "A module named or packaged as a command-line, admin, GUI or build tool, which runs and exits"
                + " rather than serving for a long time.";
    }

    @Override
    public void inspect(ModuleFacts module, ModuleFindings findings) {
        if (PACKAGINGS.contains(module.packaging())) {
            findings.report(
                    module.pomFile(), 0, "The module's packaging '" + module.packaging() + "' makes it build tooling.");
            return;
        }
        module.markedName(CommandLineToolSignal::marker)
                .ifPresent(named -> findings.report(module.pomFile(), 0, named.sentence("a tool")));
    }

    static Optional<String> marker(List<String> tokens) {
        return NameMarkers.word(tokens, WORDS);
    }
}
