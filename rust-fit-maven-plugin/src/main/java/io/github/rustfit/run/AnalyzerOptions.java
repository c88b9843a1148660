package io.github.rustfit.run;

import io.github.rustfit.core.fork.ForkMode;
import java.util.List;

/**
 * How the files are read and parsed; none of it changes the result.
 *
 * @param threads files parsed at once, at least 1
 * @param maxFileBytes the largest file parsed, at least 1
 * @param fork when to parse in a separate JVM
 * @param forkArguments more arguments for that JVM
 */
public record AnalyzerOptions(int threads, long maxFileBytes, ForkMode fork, List<String> forkArguments) {

    public AnalyzerOptions {
        forkArguments = List.copyOf(forkArguments);
    }
}
