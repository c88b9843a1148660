package io.github.rustfit.core.source;

import java.nio.file.Path;

/**
 * A directory of Java sources, as the build knows it.
 *
 * @param directory absolute directory
 * @param kind whether it holds main, test or generated code
 */
public record SourceRoot(Path directory, Kind kind) {

    /** What a source root holds, which decides whether it is analysed by default. */
    public enum Kind {
        MAIN,
        TEST,
        /** Code written by a generator into the build directory; rarely worth judging. */
        GENERATED
    }
}
