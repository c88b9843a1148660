package fixtures.memory;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.ReferenceCounted;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.Semaphore;
import sun.misc.Unsafe;

/** Memory the garbage collector does not manage. */
final class OffHeapStore {

    private static final Unsafe UNSAFE = loadUnsafe(); // expect: memory.unsafe

    static {
        System.loadLibrary("store"); // expect: memory.native-code
    }

    private native long open(String path); // expect: memory.native-code

    private static Unsafe loadUnsafe() {
        try {
            Field field = Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return (Unsafe) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    long copy(long size) {
        long address = UNSAFE.allocateMemory(size); // expect: memory.unsafe
        UNSAFE.putLong(address, 42L); // expect: memory.unsafe
        return address;
    }

    ByteBuffer direct(int size) {
        return ByteBuffer.allocateDirect(size); // expect: memory.direct-buffers
    }

    MappedByteBuffer map(FileChannel channel) throws Exception {
        return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()); // expect: memory.direct-buffers
    }

    ByteBuf pooled(ByteBufAllocator allocator) {
        return allocator.directBuffer(256); // expect: memory.direct-buffers
    }

    long strlen(String text) throws Throwable {
        Linker linker = Linker.nativeLinker(); // expect: memory.foreign
        try (Arena arena = Arena.ofConfined()) { // expect: memory.foreign
            MemorySegment cString = arena.allocateFrom(text); // expect: memory.foreign
            var strlen = linker.downcallHandle( // expect: memory.foreign
                    linker.defaultLookup().find("strlen").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
            cString.set(ValueLayout.JAVA_BYTE, 0, (byte) 'x'); // expect: memory.foreign
            return (long) strlen.invokeExact(cString);
        }
    }

    void handOff(ByteBuf frame, Object message) {
        frame.retain(); // expect: memory.reference-counting
        try {
            consume(frame);
        } finally {
            frame.release(); // expect: memory.reference-counting
            ReferenceCountUtil.release(message); // expect: memory.reference-counting
        }
    }

    // near-misses: a semaphore's release is not a reference count; a heap buffer is not direct
    void permits(Semaphore semaphore) {
        semaphore.release();
        ByteBuffer heap = ByteBuffer.allocate(16); // expect: protocol.byte-buffers
    }

    private void consume(ByteBuf frame) {}

    /** A hand-written reference count. */
    static final class Chunk implements ReferenceCounted { // expect: memory.reference-counting
        private int references = 1;

        public Chunk retain() {
            references++;
            return this;
        }

        public boolean release() {
            return --references == 0;
        }
    }
}
