package io.github.rustfit.core.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Lists the Java files of a source root in a stable order. */
public final class SourceFiles {

    private SourceFiles() {}

    /**
     * Every regular {@code .java} file below {@code root}, sorted by path. Symbolic links to
     * directories are not followed, so a link cycle cannot hang a build.
     */
    public static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.getFileName().toString().endsWith(".java"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
