package io.github.rustfit.core.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who depends on whom in the project, from the POMs' declared dependencies (no resolution), over
 * the modules analysed and those the build left out. Test-scoped dependencies, and dependencies of
 * modules that are not production code (without main sources, examples, test support) or that only
 * package others (assemblies, distributions, BOMs), never make a module shared infrastructure; they
 * are still listed as what those modules depend on.
 */
final class ReactorGraph {

    private final Map<String, Set<String>> dependents = new HashMap<>();
    private final Map<String, Set<String>> dependsOn = new HashMap<>();

    /**
     * @param modules the project's modules, analysed or not
     * @param nonProduction keys of the modules that are not production code
     */
    ReactorGraph(List<ModuleRequest> modules, Set<String> nonProduction) {
        Map<String, String> artifactIdByKey = new HashMap<>();
        modules.forEach(module -> artifactIdByKey.put(module.key(), module.artifactId()));
        for (ModuleRequest module : modules) {
            for (DeclaredDependency dependency : module.dependencies()) {
                if (artifactIdByKey.containsKey(dependency.key()) && !dependency.isTestOnly()) {
                    if (!nonProduction.contains(module.key())) {
                        dependents
                                .computeIfAbsent(dependency.key(), key -> new TreeSet<>())
                                .add(module.artifactId());
                    }
                    dependsOn
                            .computeIfAbsent(module.key(), key -> new TreeSet<>())
                            .add(artifactIdByKey.get(dependency.key()));
                }
            }
        }
    }

    /** The artifactIds of the production modules that depend on {@code module}, sorted. */
    List<String> dependents(ModuleRequest module) {
        return List.copyOf(dependents.getOrDefault(module.key(), Set.of()));
    }

    /** The artifactIds of the reactor modules {@code module} depends on, sorted. */
    List<String> dependsOn(ModuleRequest module) {
        return List.copyOf(dependsOn.getOrDefault(module.key(), Set.of()));
    }
}
