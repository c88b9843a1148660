package fixtures.protocol;

import java.io.InputStream;
import java.io.IOException;

/**
 * Shifts and masks with no byte in reach are arithmetic, not decoding: a generator stepping its own
 * long state and a dithering kernel splitting int pixels into channels. The near-misses beside them
 * are the same arithmetic where bytes are in reach: a method that names a byte array or a stream, a
 * class that keeps a buffer in a field, and a class named as a codec.
 */
final class XorShiftGenerator {

    private long state = 0x9E3779B97F4A7C15L;

    long nextLong() {
        long x = state;
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        state = x;
        return x;
    }

    int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        return z ^ (z >>> 33);
    }

    // near-miss: the same generator filling bytes handles them
    void nextBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (nextLong() >>> 56); // expect: protocol.bit-twiddling
        }
    }

    // near-miss: a seed read from a stream is decoding, though the method's arithmetic is the same
    void seed(InputStream in) throws IOException {
        state = in.read() & 0xFF; // expect: protocol.binary-streams, protocol.bit-twiddling
    }
}

final class DiffusionKernel {

    private final int[] pixels;

    DiffusionKernel(int[] pixels) {
        this.pixels = pixels;
    }

    int luminance(int index) {
        int rgb = pixels[index];
        int red = (rgb >> 16) & 0xFF;
        int green = (rgb >> 8) & 0xFF;
        int blue = rgb & 0xFF;
        return (red * 77 + green * 150 + blue * 29) >>> 8;
    }
}

// near-miss: the same kernel over a class that keeps raw bytes in a field
final class PackedPixels {

    private final byte[] raster;

    PackedPixels(byte[] raster) {
        this.raster = raster;
    }

    int luminance(int rgb) {
        return (rgb >> 16) & 0xFF; // expect: protocol.bit-twiddling
    }

    int size() {
        return raster.length;
    }
}

// near-miss: a class named as a decoder decodes, whatever its methods name
final class RunLengthDecoder {

    int runLength(int header) {
        return header & 0x7F; // expect: protocol.bit-twiddling
    }

    final class Window {
        int wrap(int position) {
            return position >>> 1; // expect: protocol.bit-twiddling
        }
    }
}
