package it.huge;

import java.nio.ByteBuffer;

/** Reads a table-driven frame header. */
public final class Codec {
    public int header(ByteBuffer in) {
        return (in.get() & 0xff) << 8 | (in.get() & 0xff);
    }
}
