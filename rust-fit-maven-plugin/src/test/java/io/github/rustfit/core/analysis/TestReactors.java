package io.github.rustfit.core.analysis;

import io.github.rustfit.core.source.SourceRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reactors written by tests: plain modules with main sources only, and their files. */
public final class TestReactors {

    private TestReactors() {}

    /** The module {@code name} under {@code root}: a jar of group {@code g} with {@code src/main/java} only. */
    public static ModuleRequest module(Path root, String name) {
        Path base = root.resolve(name);
        return new ModuleRequest(
                "g",
                name,
                base,
                base.resolve("pom.xml"),
                "jar",
                StandardCharsets.UTF_8,
                List.of(new SourceRoot(base.resolve("src/main/java"), SourceRoot.Kind.MAIN)),
                List.of());
    }

    /** Writes {@code text} at {@code path} under {@code root}, making its directories. */
    public static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
