package io.github.rustfit.core.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Lists the Java files of a source root in a stable order. */
public final class SourceFiles {

    private SourceFiles() {}

    /**
     * Every regular {@code .java} file below {@code root} (a link to one counts), sorted by path.
     * Symbolic links to directories are not followed, so a link cycle cannot hang a build.
     */
    public static List<Path> javaFiles(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        // one visit per entry, with the attributes the walk already read: no second stat per file
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.getFileName().toString().endsWith(".java")
                        && (attributes.isRegularFile() || (attributes.isSymbolicLink() && Files.isRegularFile(file)))) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw e;
            }
        });
        Collections.sort(files);
        return files;
    }
}
