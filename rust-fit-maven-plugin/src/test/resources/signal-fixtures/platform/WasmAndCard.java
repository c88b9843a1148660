package fixtures.platform;

import org.teavm.jso.JSBody; // expect: platform.webassembly
import org.teavm.jso.JSExport;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;

/** Compute exported to the browser through TeaVM, and a module run on GraalWasm. */
final class ImageFilters {

    @JSExport // expect: platform.webassembly
    public static int brightness(int pixel) {
        return Math.min(255, pixel + 16);
    }

    @JSBody(params = "message", script = "console.log(message);") // expect: platform.webassembly
    static native void log(String message); // expect: memory.native-code

    // near-miss: an ordinary JavaScript context is not WebAssembly
    Object run(byte[] module) throws Exception {
        try (Context js = Context.create("js")) {
            js.eval("js", "1 + 1");
        }
        Source source = Source.newBuilder("wasm", org.graalvm.polyglot.io.ByteSequence.create(module), "m").build(); // expect: platform.webassembly
        return source;
    }
}
