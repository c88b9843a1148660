package io.github.rustfit.core.signals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What a module-level signal may look at.
 *
 * @param artifactId the module's artifactId
 * @param path the module's directory relative to the execution root ({@code .} for the root)
 * @param pomFile the module's POM relative to the execution root, to cite as evidence
 * @param packaging the module's packaging
 * @param packages the Java packages declared by the module's parsed sources
 */
public record ModuleFacts(String artifactId, String path, String pomFile, String packaging, Set<String> packages) {

    public ModuleFacts {
        packages = Set.copyOf(packages);
    }

    /**
     * The module's own names: its artifactId and the last segment of its path. Ancestor directories
     * are left out on purpose: they depend on where the build was started, and a parent called
     * {@code samples} or {@code sample-project} says nothing about each module inside it.
     */
    public List<String> ownNames() {
        String normalized = path.replace('\\', '/');
        while (normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        String lastSegment = normalized.substring(normalized.lastIndexOf('/') + 1);
        return Stream.of(artifactId, lastSegment)
                .filter(name -> !name.isEmpty() && !name.equals("."))
                .distinct()
                .toList();
    }

    /** The lower-cased name parts of {@link #ownNames()}, in order, without repeats. */
    public List<String> nameTokens() {
        return ownNames().stream().flatMap(ModuleFacts::tokens).distinct().toList();
    }

    /** The lower-cased alphanumeric parts of {@code name}, in order. */
    public static Stream<String> tokens(String name) {
        return Arrays.stream(name.split("[^A-Za-z0-9]+"))
                .filter(token -> !token.isEmpty())
                .map(token -> token.toLowerCase(Locale.ROOT));
    }

    /**
     * The first of the module's own names in which {@code marker} finds a marker word.
     *
     * @param marker finds a marker among a name's lower-cased parts
     */
    public Optional<MarkedName> markedName(Function<List<String>, Optional<String>> marker) {
        for (String name : ownNames()) {
            Optional<String> word = marker.apply(tokens(name).toList());
            if (word.isPresent()) {
                return Optional.of(new MarkedName(name, name.equals(artifactId), word.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * One of a module's own names, and the marker word found in it.
     *
     * @param name the artifactId or directory name
     * @param artifactId whether {@code name} is the artifactId (else the directory)
     * @param word the marker word or phrase
     */
    public record MarkedName(String name, boolean artifactId, String word) {

        /** {@code The module name 'chat-demo' has the part 'demo', which marks <what>.} */
        public String sentence(String what) {
            return "The module " + (artifactId ? "name" : "directory") + " '" + name + "' has the part '" + word
                    + "', which marks " + what + ".";
        }
    }
}
