package io.github.rustfit.core.signals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /** The name parts of the artifactId and of every path segment, lower-cased. */
    public List<String> nameTokens() {
        return Stream.concat(
                        Arrays.stream(artifactId.split("[^A-Za-z0-9]+")), Arrays.stream(path.split("[^A-Za-z0-9]+")))
                .filter(token -> !token.isEmpty())
                .map(token -> token.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }
}
