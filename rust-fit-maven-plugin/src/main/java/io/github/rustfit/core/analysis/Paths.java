package io.github.rustfit.core.analysis;

import java.nio.file.Path;

/** How paths appear in results: relative to the execution root, with forward slashes. */
final class Paths {

    private Paths() {}

    static String relative(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String relative = absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
        return relative.replace('\\', '/');
    }

    static String modulePath(Path root, Path baseDirectory) {
        String path = relative(root, baseDirectory);
        return path.isEmpty() ? "." : path;
    }
}
