package fixtures.prototype;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;

/** A jcstress test kept under src/main/java is test code, like a benchmark. */
@JCStressTest
final class CounterStress { // expect: prototype.benchmarks

    int value;

    @Actor
    void actor() {
        value++;
    }
}
