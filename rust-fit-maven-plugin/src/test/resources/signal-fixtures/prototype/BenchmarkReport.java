package fixtures.prototype;

import java.util.List;

/**
 * Near-miss: production code named after benchmarks, without a harness or a benchmark method, is
 * not a benchmark.
 */
record BenchmarkReport(String name, List<Long> nanos) {

    long best() {
        return nanos.stream().mapToLong(Long::longValue).min().orElse(0);
    }
}
