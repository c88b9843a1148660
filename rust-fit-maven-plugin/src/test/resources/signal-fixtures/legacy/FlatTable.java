/*
 * Licensed under the Apache License, Version 2.0: a licence header pasted over the generator's own.
 */
package fixtures.legacy;

import com.google.flatbuffers.FlatBufferBuilder;
import com.google.flatbuffers.Table;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A FlatBuffers table: only the FlatBuffers compiler writes classes that extend its Table. Every
 * signal is run on it here; the analysis looks at it with the generated-code signal alone.
 */
public final class FlatTable extends Table { // expect: legacy.generated-sources

    public static FlatTable getRootAsFlatTable(ByteBuffer bb) {
        bb.order(ByteOrder.LITTLE_ENDIAN);
        return new FlatTable().__assign(bb.getInt(bb.position()) + bb.position(), bb); // expect: protocol.byte-buffers
    }

    public FlatTable __assign(int i, ByteBuffer bb) {
        __reset(i, bb);
        return this;
    }

    public long length() {
        int o = __offset(4);
        return o != 0 ? bb.getLong(o + bb_pos) : 0L; // expect: protocol.byte-buffers
    }

    public static int createFlatTable(FlatBufferBuilder builder, long length) {
        builder.startTable(1);
        builder.addLong(0, length, 0L);
        return builder.endTable();
    }
}
