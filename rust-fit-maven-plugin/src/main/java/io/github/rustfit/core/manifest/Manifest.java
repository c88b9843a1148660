package io.github.rustfit.core.manifest;

import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Question;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A component manifest as read from disk.
 *
 * @param file the file it was read from
 * @param version the manifest format version
 * @param components the components, in file order
 * @param locations where each value sits in the file, by JSON Pointer ({@code /components/0/review})
 * @param suppressions evidence the team set aside, in file order
 */
public record Manifest(
        Path file,
        int version,
        List<Component> components,
        Map<String, Location> locations,
        List<Suppression> suppressions) {

    /** The manifest format version this plugin reads and writes. */
    public static final int VERSION = 1;

    public Manifest {
        components = List.copyOf(components);
        locations = Map.copyOf(locations);
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
    }

    /** A manifest without suppressions. */
    public Manifest(Path file, int version, List<Component> components, Map<String, Location> locations) {
        this(file, version, components, locations, List.of());
    }

    /** The component that covers a module (by artifactId or path), if any. */
    public Optional<Component> componentFor(String artifactId, String path) {
        return components.stream().filter(c -> c.covers(artifactId, path)).findFirst();
    }

    /** Where a component (or one of its values, such as {@code "review"}) sits in the file. */
    public Location locationOf(Component component, String... keys) {
        int index = components.indexOf(component);
        if (index < 0) {
            return Location.UNKNOWN;
        }
        return locate("/components/" + index, keys);
    }

    /**
     * Where the suppression at {@code index} (or one of its values, such as {@code "files", "1"})
     * sits in the file.
     */
    public Location locationOfSuppression(int index, String... keys) {
        return locate("/suppressions/" + index, keys);
    }

    /** The place of the deepest of {@code keys} under {@code pointer} the file names, else the nearest above it. */
    private Location locate(String pointer, String... keys) {
        StringBuilder path = new StringBuilder(pointer);
        Location found = locations.getOrDefault(pointer, Location.UNKNOWN);
        for (String key : keys) {
            path.append('/').append(key);
            found = locations.getOrDefault(path.toString(), found);
        }
        return found;
    }

    /** {@code rust-fit.yaml:12} (file and line) for messages. */
    public String describe(Component component, String... keys) {
        Location location = locationOf(component, keys);
        return file + (location.line() > 0 ? ":" + location.line() : "");
    }

    /** The team's declared answers, by every module selector (artifactId or path) components name. */
    public Map<String, Map<Question, Answer>> declaredAnswers() {
        Map<String, Map<Question, Answer>> answers = new LinkedHashMap<>();
        for (Component component : components) {
            if (!component.answers().isEmpty()) {
                component.modules().forEach(module -> answers.put(module, component.answers()));
            }
        }
        return answers;
    }
}
