package fixtures.memory;

import com.sun.jna.Library;

/** JNI glue: a class made of native declarations over the C side that does the work. */
final class EpollNative {

    static {
        System.loadLibrary("transport"); // expect: memory.native-code
    }

    static native int epollCreate(); // expect: memory.native-code, memory.native-glue

    static native int epollWait(int fd, long events, int length, int timeout); // expect: memory.native-code, memory.native-glue

    static native int epollCtl(int fd, int op, int target, int flags); // expect: memory.native-code, memory.native-glue

    static int ready(int fd) {
        return epollWait(fd, 0L, 0, 0);
    }
}

/** A JNA library interface: each of its methods is a binding. */
interface LibC extends Library {
    int mlock(long address, long length); // expect: memory.native-glue

    int madvise(long address, long length, int advice); // expect: memory.native-glue
}

/** Near-miss: a class with a native helper or two among its own logic is not glue. */
final class Mostly {

    static native long address(Object buffer); // expect: memory.native-code

    static native int pageSize(); // expect: memory.native-code

    int a() {
        return 1;
    }

    int b() {
        return 2;
    }

    int c() {
        return 3;
    }

    int d() {
        return 4;
    }
}

/** Near-miss: an interface called Library that is not JNA's. */
interface Library2 extends fixtures.memory.Library {
    int books();
}

interface Library {}
