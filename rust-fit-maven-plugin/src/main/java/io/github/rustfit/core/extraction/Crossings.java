package io.github.rustfit.core.extraction;

import io.github.rustfit.core.extraction.Resolver.Target;
import io.github.rustfit.core.extraction.Resolver.Where;
import io.github.rustfit.core.result.ExtractionPlan.Crossing;
import java.util.List;
import java.util.Set;

/**
 * What it costs to pass one type through FFI. Cheap: primitives, arrays of them, byte buffers (the
 * JDK's, and a reactor's own, by name or by shape) and memory segments, strings, enums (an int) and
 * flat values (a struct of those). Costly: callbacks and listeners (Rust would call back into
 * Java), streams (pulled or pushed per call), collections and arrays of objects, and object graphs,
 * whether the reactor's, the JDK's or a library's.
 */
final class Crossings {

    /** How a crossing type weighs on the boundary. */
    enum Category {
        SCALAR(true),
        BULK(true),
        VALUE(true),
        GENERIC(false),
        STREAM(false),
        CALLBACK(false),
        COLLECTION(false),
        GRAPH(false);

        final boolean cheap;

        Category(boolean cheap) {
            this.cheap = cheap;
        }
    }

    /** A classified type: the crossing as the plan shows it, and its category. */
    record Classified(Crossing crossing, Category category) {}

    private static final Set<String> PRIMITIVES =
            Set.of("boolean", "byte", "char", "short", "int", "long", "float", "double");
    private static final Set<String> BOXED =
            Set.of("Boolean", "Byte", "Character", "Short", "Integer", "Long", "Float", "Double", "Number");
    private static final Set<String> STRINGS = Set.of("String", "CharSequence");
    private static final Set<String> BUFFERS = Set.of(
            "ByteBuffer",
            "MemorySegment",
            "CharBuffer",
            "ShortBuffer",
            "IntBuffer",
            "LongBuffer",
            "FloatBuffer",
            "DoubleBuffer",
            "Buffer");
    private static final Set<String> STREAMS = Set.of(
            "InputStream",
            "OutputStream",
            "Reader",
            "Writer",
            "DataInput",
            "DataOutput",
            "ObjectInput",
            "ObjectOutput",
            "ReadableByteChannel",
            "WritableByteChannel",
            "ByteChannel",
            "SeekableByteChannel",
            "FileChannel",
            "ScatteringByteChannel",
            "GatheringByteChannel");
    private static final Set<String> FUNCTIONS = Set.of(
            "Runnable",
            "Callable",
            "Consumer",
            "BiConsumer",
            "Function",
            "BiFunction",
            "Supplier",
            "Predicate",
            "BiPredicate",
            "UnaryOperator",
            "BinaryOperator",
            "IntFunction",
            "IntConsumer",
            "IntPredicate",
            "IntSupplier",
            "IntUnaryOperator",
            "IntBinaryOperator",
            "LongFunction",
            "LongConsumer",
            "LongPredicate",
            "LongSupplier",
            "LongUnaryOperator",
            "ToIntFunction",
            "ToLongFunction",
            "Comparator",
            "Executor");
    private static final List<String> CALLBACK_SUFFIXES =
            List.of("Listener", "Callback", "Handler", "Observer", "Visitor");
    private static final Set<String> COLLECTIONS = Set.of(
            "Collection",
            "List",
            "Set",
            "Map",
            "Queue",
            "Deque",
            "Iterable",
            "Iterator",
            "Stream",
            "Optional",
            "SortedMap",
            "SortedSet",
            "NavigableMap",
            "NavigableSet",
            "ArrayList",
            "LinkedList",
            "HashMap",
            "HashSet",
            "LinkedHashMap",
            "LinkedHashSet",
            "TreeMap",
            "TreeSet",
            "ArrayDeque",
            "ConcurrentMap",
            "ConcurrentHashMap",
            "BlockingQueue",
            "Enumeration",
            "Spliterator");
    /** JDK values with an obvious flat form (a number, a string, a few bytes). */
    private static final Set<String> JDK_VALUES = Set.of(
            "BigInteger",
            "BigDecimal",
            "Duration",
            "Instant",
            "LocalDate",
            "LocalDateTime",
            "LocalTime",
            "OffsetDateTime",
            "ZonedDateTime",
            "UUID",
            "Charset",
            "Path",
            "File",
            "URI",
            "URL",
            "InetAddress",
            "Inet4Address",
            "Inet6Address",
            "InetSocketAddress",
            "TimeUnit",
            "ByteOrder",
            "BitSet",
            "Locale");

    private static final Set<String> GENERIC_OBJECTS = Set.of("Object");

    /**
     * A reactor's own byte containers, by their names ({@code ByteBuf}, {@code CompositeByteBuf},
     * {@code UnsafeBuffer}'s {@code DirectBuffer}): like a {@code ByteBuffer}, their memory can pass
     * as a pointer and a length.
     */
    private static final List<String> BYTE_BUFFER_SUFFIXES = List.of("ByteBuf", "ByteBuffer", "DirectBuffer");

    private Crossings() {}

    /**
     * Classifies a type as written in a signature.
     *
     * @param written the type as written
     * @param role {@code parameter} or {@code return}
     * @param typeVariables the type variables in scope (the method's and its type's)
     * @param resolve where a (base) name written in that file leads
     * @param flagsOf the reactor facts of a reactor type ({@link TypeIndex} flags)
     */
    static Classified classify(
            String written,
            String role,
            Set<String> typeVariables,
            java.util.function.Function<String, Target> resolve,
            java.util.function.Function<Target, Integer> flagsOf) {
        Written type = Written.parse(written);
        String base = type.base();
        String simple = type.simple();
        int dimensions = type.dimensions();
        if (PRIMITIVES.contains(base)) {
            if (dimensions == 0) {
                return of(written, role, Category.SCALAR, "a primitive");
            }
            if (dimensions == 1) {
                return of(written, role, Category.BULK, base + " array");
            }
            return of(written, role, Category.COLLECTION, "an array of arrays (one object per row)");
        }
        if (dimensions > 0) {
            return of(written, role, Category.COLLECTION, "an array of objects");
        }
        if (typeVariables.contains(base) || GENERIC_OBJECTS.contains(base) || base.equals("?")) {
            return of(written, role, Category.GENERIC, "a generic object (a handle or a copy per call)");
        }
        if (STRINGS.contains(simple)) {
            return of(written, role, Category.BULK, "a string (copied as UTF-8)");
        }
        Target target = resolve.apply(base);
        if (target.inReactor()) {
            return ofReactor(written, role, simple, flagsOf.apply(target));
        }
        return ofOutside(written, role, type, target);
    }

    /**
     * A type as written, taken apart: its name without type arguments or array brackets, its simple
     * name, the type arguments' text and the array dimensions.
     */
    private record Written(String base, String simple, String arguments, int dimensions) {

        static Written parse(String written) {
            String base = written;
            int generic = base.indexOf('<');
            String arguments = "";
            if (generic >= 0) {
                int close = base.lastIndexOf('>');
                arguments = close > generic ? base.substring(generic + 1, close) : "";
                base = base.substring(0, generic) + (close > generic ? base.substring(close + 1) : "");
            }
            int dimensions = 0;
            while (base.endsWith("[]")) {
                dimensions++;
                base = base.substring(0, base.length() - 2).strip();
            }
            if (base.endsWith("...")) {
                dimensions++;
                base = base.substring(0, base.length() - 3).strip();
            }
            return new Written(base, base.substring(base.lastIndexOf('.') + 1), arguments, dimensions);
        }
    }

    /** A type of this reactor, by the flags the type index keeps for it. */
    private static Classified ofReactor(String written, String role, String simple, int flags) {
        if ((flags & TypeIndex.ENUM) != 0) {
            return of(written, role, Category.VALUE, "an enum (an int)");
        }
        if ((flags & TypeIndex.CALLBACK) != 0) {
            return of(written, role, Category.CALLBACK, "a callback (Rust would call back into Java)");
        }
        if ((flags & TypeIndex.FLAT) != 0) {
            return of(written, role, Category.VALUE, "a flat value (a struct of primitives)");
        }
        if (STREAMS.contains(simple) || simple.endsWith("InputStream") || simple.endsWith("OutputStream")) {
            return of(written, role, Category.STREAM, "a stream (pulled or pushed per call)");
        }
        if (BYTE_BUFFER_SUFFIXES.stream().anyMatch(simple::endsWith)) {
            return of(written, role, Category.BULK, "a byte buffer of this reactor (its memory passes as is)");
        }
        if ((flags & TypeIndex.BUFFER) != 0) {
            return of(
                    written,
                    role,
                    Category.BULK,
                    "a byte buffer of this reactor, by its shape (bytes with a position, offset or limit; its"
                            + " memory passes as is)");
        }
        return of(written, role, Category.GRAPH, "an object graph of this reactor");
    }

    /** A type of the JDK or a library, or one that could not be resolved, by its name. */
    private static Classified ofOutside(String written, String role, Written type, Target target) {
        String simple = type.simple();
        if (BOXED.contains(simple)) {
            return of(written, role, Category.SCALAR, "a boxed primitive");
        }
        if (BUFFERS.contains(simple)) {
            return of(written, role, Category.BULK, "a buffer (its memory passes as is)");
        }
        if (STREAMS.contains(simple) || simple.endsWith("InputStream") || simple.endsWith("OutputStream")) {
            return of(written, role, Category.STREAM, "a stream (pulled or pushed per call)");
        }
        if (FUNCTIONS.contains(simple) || CALLBACK_SUFFIXES.stream().anyMatch(simple::endsWith)) {
            return of(written, role, Category.CALLBACK, "a callback (Rust would call back into Java)");
        }
        if (COLLECTIONS.contains(simple)) {
            boolean ofBytes =
                    type.arguments().equals("byte[]") || type.arguments().equals("ByteBuffer");
            return of(
                    written,
                    role,
                    Category.COLLECTION,
                    ofBytes ? "a collection of buffers (one object each)" : "a collection of objects");
        }
        if (target.where() == Where.JDK && JDK_VALUES.contains(simple)) {
            return of(written, role, Category.VALUE, "a JDK value (converted at the boundary)");
        }
        return switch (target.where()) {
            case JDK -> of(written, role, Category.GRAPH, "a JVM object");
            case LIBRARY -> of(written, role, Category.GRAPH, "a third-party object");
            default -> of(written, role, Category.GRAPH, "an object whose type could not be resolved");
        };
    }

    /** A thrown type: an error code, or an exception callers steer loops with. */
    static Crossing thrown(String written, int caughtInLoops) {
        if (caughtInLoops > 0) {
            return new Crossing(
                    written,
                    "throws",
                    false,
                    "an exception used for control flow (caught in a loop and survived " + caughtInLoops
                            + (caughtInLoops == 1 ? " time)" : " times)"));
        }
        return new Crossing(written, "throws", true, "an error (an error code and message)");
    }

    private static Classified of(String written, String role, Category category, String why) {
        return new Classified(new Crossing(written, role, category.cheap, why), category);
    }
}
