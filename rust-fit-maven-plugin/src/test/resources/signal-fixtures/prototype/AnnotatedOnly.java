package fixtures.prototype;

/** A benchmark method without a harness import still marks the file as a benchmark. */
final class AnnotatedOnly { // expect: prototype.benchmarks

    @Benchmark
    void timeDecode(int reps) {}

    @interface Benchmark {}
}
