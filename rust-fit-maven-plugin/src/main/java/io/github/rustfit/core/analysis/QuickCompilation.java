package io.github.rustfit.core.analysis;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * While files are parsed, asks HotSpot to compile JavaParser's and this plugin's code with its
 * quick first-tier compiler only. Parsing a few thousand files is too short for the optimising
 * compiler to pay back: on two cores it spends most of the second core compiling JavaParser's
 * large generated methods, which leaves a second parse thread little to run on. The request is a
 * compiler directive, added through the JVM's diagnostic command bean and removed when parsing
 * ends; it names only those two code bases, so the rest of the build compiles as usual. It
 * changes how fast code runs, never what it does; on a JVM without that bean nothing happens.
 */
final class QuickCompilation implements AutoCloseable {

    private static final String BEAN = "com.sun.management:type=DiagnosticCommand";
    private static final String DIRECTIVE =
            "[{ match: [\"com/github/javaparser/*.*\", \"io/github/rustfit/*.*\"], c2: { Exclude: true } }]";

    private final boolean added;

    private QuickCompilation(boolean added) {
        this.added = added;
    }

    /** Adds the directive when {@code wanted} and the JVM supports it. */
    static QuickCompilation begin(boolean wanted, AnalysisListener listener) {
        if (!wanted) {
            return new QuickCompilation(false);
        }
        Path file = null;
        try {
            file = Files.createTempFile("rust-fit-jit", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            invoke("compilerDirectivesAdd", file.toString());
            return new QuickCompilation(true);
        } catch (Exception | LinkageError e) {
            listener.debug("rust-fit: the JVM did not take the quick-compilation hint (" + e + ")");
            return new QuickCompilation(false);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file of a few bytes
                }
            }
        }
    }

    private static void invoke(String operation, String... arguments) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        server.invoke(
                new ObjectName(BEAN), operation, new Object[] {arguments}, new String[] {String[].class.getName()});
    }

    @Override
    public void close() {
        if (added) {
            try {
                invoke("compilerDirectivesRemove");
            } catch (Exception | LinkageError e) {
                // the directive stays: code runs as fast as C1 makes it, and stays correct
            }
        }
    }
}
