package io.github.rustfit.core.signals.role;

import io.github.rustfit.core.signals.ModuleFacts;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Modules that package other modules rather than use them: assemblies and distributions, BOMs,
 * {@code -all} and shaded jars, documentation and site modules, and any module of {@code pom}
 * packaging (it builds no code, so a dependency it declares is something it bundles or lists). Such
 * a module never makes the modules it bundles shared infrastructure: every project has one, and it
 * would turn "shared infrastructure" to yes for whatever it holds.
 */
public final class PackagingModules {

    /** Whole name parts that mark a packaging module. */
    static final Set<String> WORDS = Set.of(
            "assembly",
            "assemblies",
            "distribution",
            "distributions",
            "dist",
            "bom",
            "all",
            "shaded",
            "shade",
            "uber",
            "docs",
            "doc",
            "documentation",
            "website",
            "site",
            "javadoc",
            "javadocs",
            "coverage");

    private PackagingModules() {}

    /** True when {@code module} packages other modules rather than using them. */
    public static boolean isPackaging(ModuleFacts module) {
        return "pom".equals(module.packaging()) || marker(module).isPresent();
    }

    /** The module's own name that marks it as packaging, if one does. */
    public static Optional<ModuleFacts.MarkedName> marker(ModuleFacts module) {
        return module.markedName(PackagingModules::word);
    }

    static Optional<String> word(List<String> tokens) {
        return tokens.stream().filter(WORDS::contains).findFirst();
    }
}
