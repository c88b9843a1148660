package fixtures.protocol;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.Map;

/**
 * Numbers handed to an inference library in numeric buffers decode nothing; byte and character
 * buffers made from raw input still start a format.
 */
final class TensorInputs {

    void feed(Map<String, Object> inputs, long[] ids, long[] mask, float[] weights) {
        inputs.put("ids", LongBuffer.wrap(ids));
        inputs.put("mask", LongBuffer.wrap(mask));
        inputs.put("weights", FloatBuffer.wrap(weights));
        inputs.put("scratch", IntBuffer.allocate(16));
    }

    ByteBuffer frame(byte[] wire) {
        return ByteBuffer.wrap(wire); // expect: protocol.byte-buffers
    }

    CharBuffer text(int size) {
        return CharBuffer.allocate(size); // expect: protocol.byte-buffers
    }
}
