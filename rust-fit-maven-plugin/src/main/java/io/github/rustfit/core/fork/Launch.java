package io.github.rustfit.core.fork;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How to start the parsing JVM: the same Java installation and class path as the plugin itself, a
 * heap sized for parsing (see {@link #heapMegabytes}), never more than Maven's own limit, and flags
 * for a short burst of parsing:
 *
 * <ul>
 *   <li>{@code -XX:TieredStopAtLevel=1}: only the quick compiler. A parse of a few seconds ends
 *       long before the optimising compiler pays back what it costs, and on a small machine that
 *       compiler takes the core a parse thread needs.
 *   <li>{@code -XX:-DontCompileHugeMethods}: JavaParser's lexer spends its time in one generated
 *       method of more than 8000 bytes of bytecode, which HotSpot otherwise never compiles and
 *       interprets for every token.
 *   <li>{@code -XX:+UseSerialGC}: the parse threads already take every core, so a collector's own
 *       threads only compete with them, and what a parse leaves behind is almost all garbage that
 *       a single-threaded copy clears cheaply. It measured about half a second faster than the
 *       default collector on a 400,000-line reactor on two cores.
 *   <li>{@code -XX:+IgnoreUnrecognizedVMOptions}: a JVM without those flags starts anyway.
 * </ul>
 *
 * @param java the {@code java} executable
 * @param classPath the class path holding this plugin and its dependencies
 * @param jvmArguments every JVM argument, before the main class
 * @param mainClass the class whose {@code main} answers (normally {@link ParsingProcessMain})
 */
public record Launch(Path java, String classPath, List<String> jvmArguments, String mainClass) {

    static final List<String> TUNING = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions",
            "-XX:TieredStopAtLevel=1",
            "-XX:-DontCompileHugeMethods",
            "-XX:+UseSerialGC");

    public Launch {
        jvmArguments = List.copyOf(jvmArguments);
    }

    /**
     * The heap the parsing JVM needs, in MiB: a base for the parser and signals, a little per thread
     * for ordinary files, and room for one syntax tree of the largest file parsed (large files are
     * parsed one at a time), which takes up to a hundred times the file's size. With the default
     * limit of 1 MiB and two threads that is 228 MiB, where a copy of Maven's limit is often a
     * quarter of the machine's memory.
     */
    static long heapMegabytes(int threads, long maxFileBytes) {
        long largestTree = (maxFileBytes * 100 + (1 << 20) - 1) >> 20;
        return 64 + 32L * threads + largestTree;
    }

    /**
     * A launch with this JVM's Java, the class path this plugin was loaded from, a heap sized for
     * parsing {@code threads} files at once up to {@code maxFileBytes} each (never more than this
     * JVM's own limit), this JVM's locale, and then {@code extraArguments} (so a user's own setting
     * wins).
     */
    public static Launch forParsing(int threads, long maxFileBytes, List<String> extraArguments) {
        List<String> arguments = new ArrayList<>(TUNING);
        long heap = heapMegabytes(threads, maxFileBytes);
        long maxHeap = Runtime.getRuntime().maxMemory();
        if (maxHeap != Long.MAX_VALUE) {
            heap = Math.min(heap, Math.max(64, maxHeap >> 20));
        }
        arguments.add("-Xmx" + heap + "m");
        Locale locale = Locale.getDefault();
        arguments.add("-Duser.language=" + locale.getLanguage());
        arguments.add("-Duser.country=" + locale.getCountry());
        arguments.addAll(extraArguments);
        String executable = System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java";
        return new Launch(
                Path.of(System.getProperty("java.home"), "bin", executable),
                classPathOf(ParsingProcessMain.class),
                arguments,
                ParsingProcessMain.class.getName());
    }

    /** The command that starts the child with {@code programArguments}. */
    List<String> command(List<String> programArguments) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmArguments);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(programArguments);
        return command;
    }

    /**
     * The class path {@code anchor} was loaded from: its class loader's own entries when that is a
     * URL class loader (Maven's plugin realms are), else this JVM's class path.
     */
    static String classPathOf(Class<?> anchor) {
        if (anchor.getClassLoader() instanceof URLClassLoader loader) {
            Set<String> entries = new LinkedHashSet<>();
            for (URL url : loader.getURLs()) {
                if ("file".equals(url.getProtocol())) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        entries.add(url.getPath());
                    }
                }
            }
            if (!entries.isEmpty()) {
                return String.join(File.pathSeparator, entries);
            }
        }
        return System.getProperty("java.class.path");
    }
}
