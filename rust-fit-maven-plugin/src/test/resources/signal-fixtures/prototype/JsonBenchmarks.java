package fixtures.prototype;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** A JMH benchmark counts once for its file, however many benchmark methods it declares. */
@State(Scope.Benchmark)
public class JsonBenchmarks { // expect: prototype.benchmarks

    @org.openjdk.jmh.annotations.Benchmark
    public int parseSmall() {
        return 1;
    }

    @org.openjdk.jmh.annotations.Benchmark
    public int parseLarge() {
        return 2;
    }
}
