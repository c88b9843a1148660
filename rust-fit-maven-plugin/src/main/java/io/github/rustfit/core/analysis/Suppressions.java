package io.github.rustfit.core.analysis;

import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.manifest.ClosestMatch;
import io.github.rustfit.core.manifest.Component;
import io.github.rustfit.core.manifest.Location;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.manifest.ManifestException;
import io.github.rustfit.core.manifest.Suppression;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.SuppressionUse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The manifest's suppressions on their way into an analysis and out of it: checked against the
 * reactor and resolved to modules for the {@link AnalysisRequest}, totalled over the reactor for
 * the result, and reported when one set aside nothing.
 */
public final class Suppressions {

    /** A suppression names a module that neither the reactor nor a component of the manifest has. */
    public static final String UNKNOWN_MODULE =
            "suppressions[%d].modules[%d]: no module of the reactor, and no" + " module a component names, is '%s'.%s";

    /** The fix of {@link #UNKNOWN_MODULE} when no known name is close: the reactor's size, not its every name. */
    public static final String NAME_A_MODULE =
            " Fix: write one of the reactor's %d module(s) by artifactId or path," + " such as %s, or remove it.";

    /** {@code <manifest:line>: ...}: a suppression that set nothing aside, like PMD's unused suppressions. */
    public static final String UNUSED = "rust-fit: %s: the suppression of %s (%s) set aside nothing: no finding"
            + " matched it that an earlier suppression had not already set aside. Fix: remove it from the manifest,"
            + " or correct its signal, files or modules.";

    private Suppressions() {}

    /**
     * The manifest's suppressions as the analysis applies them: components resolved to their
     * modules, each placed at its manifest line.
     *
     * @throws ManifestException when a suppression names a module that neither the reactor nor a
     *     component has, at that name's line and column
     */
    public static List<SuppressionRule> resolve(Optional<Manifest> manifest, AnalysisRequest request)
            throws ManifestException {
        if (manifest.isEmpty() || manifest.get().suppressions().isEmpty()) {
            return List.of();
        }
        Manifest read = manifest.get();
        Path root = request.executionRoot().toAbsolutePath().normalize();
        Set<String> known = new LinkedHashSet<>();
        for (ModuleRequest module : request.modules()) {
            known.add(module.artifactId());
            known.add(Paths.modulePath(root, module.baseDirectory()));
        }
        read.components().forEach(component -> known.addAll(component.modules()));
        List<SuppressionRule> rules = new ArrayList<>();
        for (int i = 0; i < read.suppressions().size(); i++) {
            Suppression suppression = read.suppressions().get(i);
            for (int j = 0; j < suppression.modules().size(); j++) {
                String name = suppression.modules().get(j);
                if (!known.contains(name)) {
                    throw unknownModule(read, i, j, name, known, request);
                }
            }
            Set<String> modules = new LinkedHashSet<>(suppression.modules());
            List<String> scope = new ArrayList<>();
            if (!suppression.modules().isEmpty()) {
                scope.add("modules: " + String.join(", ", suppression.modules()));
            }
            for (String name : suppression.components()) {
                read.components().stream()
                        .filter(component -> component.name().equals(name))
                        .map(Component::modules)
                        .forEach(modules::addAll);
            }
            if (!suppression.components().isEmpty()) {
                scope.add("components: " + String.join(", ", suppression.components()));
            }
            rules.add(new SuppressionRule(
                    where(read, root, read.locationOfSuppression(i)),
                    suppression.signal(),
                    suppression.files(),
                    List.copyOf(modules),
                    scope.isEmpty() ? "every module" : String.join("; ", scope),
                    suppression.reason().strip(),
                    suppression.reviewer().strip()));
        }
        return rules;
    }

    private static ManifestException unknownModule(
            Manifest manifest, int index, int element, String name, Set<String> known, AnalysisRequest request) {
        List<String> artifactIds =
                request.modules().stream().map(ModuleRequest::artifactId).toList();
        String example = artifactIds.isEmpty() ? "wire-protocol" : artifactIds.get(0);
        String fix = ClosestMatch.among(name, known)
                .map(match -> " Did you mean '" + match + "'?")
                .orElse(String.format(Locale.ROOT, NAME_A_MODULE, artifactIds.size(), example));
        return new ManifestException(
                manifest.file(),
                manifest.locationOfSuppression(index, "modules", String.valueOf(element)),
                String.format(Locale.ROOT, UNKNOWN_MODULE, index, element, name, fix),
                null);
    }

    /**
     * {@code rust-fit.yaml:12:5}: the manifest from the execution root when it lies below it; the
     * column tells apart suppressions written on one line.
     */
    private static String where(Manifest manifest, Path root, Location location) {
        Path file = manifest.file();
        Path normalized = file.toAbsolutePath().normalize();
        String name = file.isAbsolute() && normalized.startsWith(root)
                ? root.relativize(normalized).toString()
                : file.toString();
        return name.replace('\\', '/') + location.suffix();
    }

    /** Every rule with what it set aside over all modules, in manifest order. */
    static List<SuppressionUse> totals(List<SuppressionRule> rules, List<ModuleResult> modules) {
        List<SuppressionUse> totals = new ArrayList<>();
        for (SuppressionRule rule : rules) {
            int occurrences = 0;
            Map<String, Integer> signals = new TreeMap<>();
            for (ModuleResult module : modules) {
                for (SuppressionUse use : module.evidence().suppressions()) {
                    if (use.at().equals(rule.at())) {
                        occurrences += use.occurrences();
                        use.signals().forEach((id, count) -> signals.merge(id, count, Integer::sum));
                    }
                }
            }
            totals.add(rule.use(occurrences, signals));
        }
        return totals;
    }

    /** One warning per suppression of the result that set nothing aside, naming its manifest line. */
    public static List<String> unusedWarnings(AnalysisResult result) {
        return result.unusedSuppressions().stream()
                .map(use -> String.format(Locale.ROOT, UNUSED, use.at(), use.describe(), use.scope()))
                .toList();
    }

    static void warnUnused(AnalysisResult result, AnalysisListener listener) {
        unusedWarnings(result).forEach(listener::warn);
    }
}
