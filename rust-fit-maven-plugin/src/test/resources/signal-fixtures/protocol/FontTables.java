package fixtures.protocol;

import io.netty.buffer.ByteBuf;
import java.io.IOException;

/**
 * A font table parser over the project's own data stream: unsigned and signed field reads decode
 * a binary format whatever class offers them.
 */
final class FontTables {

    int[] readGlyphOffsets(TableStream data, int count) throws IOException {
        int[] offsets = new int[count];
        int version = data.readUnsignedShort(); // expect: protocol.binary-streams
        short ascender = data.readSignedShort(); // expect: protocol.binary-streams
        long checksum = data.getUnsignedInt(8); // expect: protocol.binary-streams
        for (int i = 0; i < count; i++) {
            offsets[i] = data.readUnsignedInt24(); // expect: protocol.binary-streams
        }
        return offsets;
    }

    int fromBuffer(ByteBuf buffer) {
        return buffer.readUnsignedShort(); // expect: protocol.byte-buffers
    }

    void nearMisses(TableStream data, Certificate certificate) throws IOException {
        data.readSignature();
        certificate.getSignedBy();
        data.readShortName();
    }

    interface TableStream {
        int readUnsignedShort() throws IOException;

        short readSignedShort() throws IOException;

        long getUnsignedInt(int offset) throws IOException;

        int readUnsignedInt24() throws IOException;

        byte[] readSignature() throws IOException;

        String readShortName() throws IOException;
    }

    interface Certificate {
        String getSignedBy();
    }
}
