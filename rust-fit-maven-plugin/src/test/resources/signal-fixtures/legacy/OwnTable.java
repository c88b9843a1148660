package fixtures.legacy;

import fixtures.legacy.storage.Table;
import java.nio.ByteBuffer;

/** Near-miss: a project's own Table, hand-written, is code like any other. */
public final class OwnTable extends Table {

    long length(ByteBuffer bb, int pos) {
        return bb.getLong(pos + 4); // expect: protocol.byte-buffers
    }
}
