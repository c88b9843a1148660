package io.github.rustfit.core.extraction;

import java.util.List;
import java.util.Set;

/**
 * Which names belong to the JDK, known without a class path: {@code java.lang}'s types, which no
 * file imports, the JDK's packages, and the most used types of the packages files import on
 * demand ({@code java.util.*}).
 */
public final class JdkNames {

    private JdkNames() {}

    /** The types of {@code java.lang} code uses without importing them. */
    static final Set<String> JAVA_LANG = Set.of(
            "AbstractMethodError",
            "Appendable",
            "ArithmeticException",
            "ArrayIndexOutOfBoundsException",
            "ArrayStoreException",
            "AssertionError",
            "AutoCloseable",
            "Boolean",
            "Byte",
            "CharSequence",
            "Character",
            "Class",
            "ClassCastException",
            "ClassLoader",
            "ClassNotFoundException",
            "CloneNotSupportedException",
            "Cloneable",
            "Comparable",
            "Deprecated",
            "Double",
            "Enum",
            "Error",
            "Exception",
            "ExceptionInInitializerError",
            "Float",
            "FunctionalInterface",
            "IllegalAccessException",
            "IllegalArgumentException",
            "IllegalCallerException",
            "IllegalMonitorStateException",
            "IllegalStateException",
            "IncompatibleClassChangeError",
            "IndexOutOfBoundsException",
            "InheritableThreadLocal",
            "InstantiationException",
            "Integer",
            "InterruptedException",
            "InternalError",
            "Iterable",
            "LinkageError",
            "Long",
            "Math",
            "Module",
            "NegativeArraySizeException",
            "NoClassDefFoundError",
            "NoSuchFieldException",
            "NoSuchMethodException",
            "NullPointerException",
            "Number",
            "NumberFormatException",
            "Object",
            "OutOfMemoryError",
            "Override",
            "Package",
            "Process",
            "ProcessBuilder",
            "Readable",
            "Record",
            "ReflectiveOperationException",
            "Runnable",
            "Runtime",
            "RuntimeException",
            "SafeVarargs",
            "SecurityException",
            "Short",
            "StackOverflowError",
            "StackTraceElement",
            "StackWalker",
            "StrictMath",
            "String",
            "StringBuffer",
            "StringBuilder",
            "StringIndexOutOfBoundsException",
            "SuppressWarnings",
            "System",
            "Thread",
            "ThreadGroup",
            "ThreadLocal",
            "Throwable",
            "TypeNotPresentException",
            "UnsatisfiedLinkError",
            "UnsupportedOperationException",
            "VerifyError",
            "VirtualMachineError",
            "Void");

    /**
     * The most used types of the JDK packages imported on demand. A file that imports one of these
     * packages with {@code .*} and uses one of these names uses the JDK's.
     */
    static final Set<String> COMMON_ON_DEMAND = Set.of(
            // java.util
            "AbstractList",
            "AbstractMap",
            "ArrayDeque",
            "ArrayList",
            "Arrays",
            "BitSet",
            "Collection",
            "Collections",
            "Comparator",
            "Deque",
            "EnumMap",
            "EnumSet",
            "HashMap",
            "HashSet",
            "IdentityHashMap",
            "Iterator",
            "LinkedHashMap",
            "LinkedHashSet",
            "LinkedList",
            "List",
            "ListIterator",
            "Locale",
            "Map",
            "NavigableMap",
            "NoSuchElementException",
            "Objects",
            "Optional",
            "PriorityQueue",
            "Properties",
            "Queue",
            "Random",
            "Set",
            "SortedMap",
            "SortedSet",
            "TreeMap",
            "TreeSet",
            "UUID",
            "WeakHashMap",
            // java.util.concurrent and its atomics and locks
            "AtomicBoolean",
            "AtomicInteger",
            "AtomicLong",
            "AtomicReference",
            "BlockingQueue",
            "Callable",
            "CompletableFuture",
            "ConcurrentHashMap",
            "ConcurrentLinkedQueue",
            "ConcurrentMap",
            "CountDownLatch",
            "ExecutionException",
            "Executor",
            "ExecutorService",
            "Executors",
            "Future",
            "Lock",
            "ReentrantLock",
            "ReentrantReadWriteLock",
            "ScheduledExecutorService",
            "Semaphore",
            "ThreadFactory",
            "TimeUnit",
            "TimeoutException",
            // java.util.function
            "BiConsumer",
            "BiFunction",
            "Consumer",
            "Function",
            "Predicate",
            "Supplier",
            "UnaryOperator",
            // java.io and java.nio
            "BufferedReader",
            "ByteArrayInputStream",
            "ByteArrayOutputStream",
            "Closeable",
            "DataInput",
            "DataInputStream",
            "DataOutput",
            "DataOutputStream",
            "EOFException",
            "File",
            "IOException",
            "InputStream",
            "OutputStream",
            "PrintStream",
            "Reader",
            "Serializable",
            "UncheckedIOException",
            "Writer",
            "Buffer",
            "ByteBuffer",
            "ByteOrder",
            "CharBuffer",
            "Charset",
            "Files",
            "Path",
            "Paths",
            "StandardCharsets");

    private static final List<String> PREFIXES =
            List.of("java.", "jdk.", "sun.", "com.sun.", "org.w3c.dom.", "org.xml.sax.", "org.ietf.jgss.");

    /** The JDK's own {@code javax} packages; the others ({@code javax.inject}, ...) are libraries. */
    private static final List<String> JAVAX = List.of(
            "javax.accessibility",
            "javax.annotation.processing",
            "javax.crypto",
            "javax.imageio",
            "javax.lang.model",
            "javax.management",
            "javax.naming",
            "javax.net",
            "javax.print",
            "javax.script",
            "javax.security",
            "javax.smartcardio",
            "javax.sound",
            "javax.sql",
            "javax.swing",
            "javax.tools",
            "javax.transaction.xa",
            "javax.xml.catalog",
            "javax.xml.crypto",
            "javax.xml.datatype",
            "javax.xml.namespace",
            "javax.xml.parsers",
            "javax.xml.stream",
            "javax.xml.transform",
            "javax.xml.validation",
            "javax.xml.xpath");

    /** True when the qualified name (or package) belongs to the JDK. */
    public static boolean isJdk(String qualifiedName) {
        for (String prefix : PREFIXES) {
            if (qualifiedName.startsWith(prefix) || qualifiedName.equals(prefix.substring(0, prefix.length() - 1))) {
                return true;
            }
        }
        if (qualifiedName.startsWith("javax.")) {
            for (String javax : JAVAX) {
                if (qualifiedName.equals(javax) || qualifiedName.startsWith(javax + ".")) {
                    return true;
                }
            }
        }
        return false;
    }
}
