package io.github.rustfit.sample.audit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32C;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * Seals and opens audit segments: bytes in, bytes out. The header is checked before anything is
 * decompressed, and the declared length bounds what decompression may produce, so a damaged or
 * forged archive cannot make the reader allocate without limit.
 */
public final class SegmentSealer {

    static final int MAGIC = 0x41554454; // "AUDT"
    static final int VERSION = 1;
    static final int HEADER_SIZE = 14;
    static final int MAX_SEGMENT = 64 * 1024 * 1024;
    private static final int PRESET = 6;

    private SegmentSealer() {}

    /** The sealed form of a segment. */
    public static byte[] seal(byte[] segment) {
        if (segment.length > MAX_SEGMENT) {
            throw new IllegalArgumentException("segment of " + segment.length + " bytes exceeds " + MAX_SEGMENT);
        }
        CRC32C crc = new CRC32C();
        crc.update(segment);
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER_SIZE + segment.length / 4);
        byte[] header = new byte[HEADER_SIZE];
        putInt(header, 0, MAGIC);
        header[4] = (byte) VERSION;
        header[5] = 0;
        putInt(header, 6, segment.length);
        putInt(header, 10, (int) crc.getValue());
        out.writeBytes(header);
        try (XZOutputStream xz = new XZOutputStream(out, new LZMA2Options(PRESET))) {
            xz.write(segment);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing into memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** The segment a sealed form holds; refuses a damaged or forged one. */
    public static byte[] open(byte[] sealed) throws SealException {
        if (sealed.length < HEADER_SIZE) {
            throw new SealException("sealed segment of " + sealed.length + " bytes has no room for a header");
        }
        if (getInt(sealed, 0) != MAGIC) {
            throw new SealException(String.format("bad magic 0x%08X", getInt(sealed, 0)));
        }
        if ((sealed[4] & 0xFF) != VERSION) {
            throw new SealException("unknown version " + (sealed[4] & 0xFF));
        }
        int length = getInt(sealed, 6);
        if (length < 0 || length > MAX_SEGMENT) {
            throw new SealException("declared length " + Integer.toUnsignedString(length) + " is out of range");
        }
        byte[] segment = new byte[length];
        try (XZInputStream xz = new XZInputStream(
                new ByteArrayInputStream(sealed, HEADER_SIZE, sealed.length - HEADER_SIZE))) {
            int read = xz.readNBytes(segment, 0, length);
            if (read != length || xz.read() != -1) {
                throw new SealException("segment is not " + length + " bytes long");
            }
        } catch (IOException e) {
            throw new SealException("compressed bytes are damaged: " + e.getMessage());
        }
        CRC32C crc = new CRC32C();
        crc.update(segment);
        if ((int) crc.getValue() != getInt(sealed, 10)) {
            throw new SealException("checksum mismatch");
        }
        return segment;
    }

    private static void putInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

    private static int getInt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | (bytes[at + 3] & 0xFF);
    }
}
