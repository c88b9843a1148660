package io.github.rustfit.core.analysis;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Which source files the user set aside ({@code rustfit.excludes}): globs over paths relative to
 * the execution root, matched by the JDK's own glob matcher ({@code FileSystem.getPathMatcher}).
 * As in Ant and most build tools, a leading {@code **}{@code /} also matches no directory at all,
 * so {@code **}{@code /generated/**} sets aside a top-level {@code generated} directory too.
 */
final class Exclusions {

    private final List<PathMatcher> matchers;

    private Exclusions(List<PathMatcher> matchers) {
        this.matchers = List.copyOf(matchers);
    }

    /**
     * The exclusions the globs describe.
     *
     * @throws IllegalArgumentException when a glob is not valid, with the JDK's reason
     */
    static Exclusions of(List<String> globs) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            if (glob.startsWith("**/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
            }
        }
        return new Exclusions(matchers);
    }

    /** True when {@code relativePath} (forward slashes, relative to the execution root) is set aside. */
    boolean excludes(String relativePath) {
        if (matchers.isEmpty()) {
            return false;
        }
        Path path = Path.of(relativePath);
        return matchers.stream().anyMatch(matcher -> matcher.matches(path));
    }
}
