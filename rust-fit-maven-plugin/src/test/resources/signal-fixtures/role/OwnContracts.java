package fixtures.role;

import fixtures.role.api.Filter;
import java.io.Closeable;

/** Near-miss: a project's own interface named like an API's, and a JDK interface that is no facade. */
final class OwnFilter implements Filter, Closeable {

    public void close() {}
}
