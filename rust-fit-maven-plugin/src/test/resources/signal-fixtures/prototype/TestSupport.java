package fixtures.prototype;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A JUnit extension shipped for other modules' tests is test support. */
final class ServerExtension implements BeforeEachCallback { // expect: prototype.benchmarks

    @Override
    public void beforeEach(ExtensionContext context) {}
}
