package io.github.rustfit.core.io;

import java.nio.file.Path;

/**
 * A process that starts writing a file atomically, says so, and waits to be killed: what a build
 * killed while it saves the cache leaves behind. Run by {@link AtomicFilesTest}.
 */
public final class KilledWriter {

    private KilledWriter() {}

    public static void main(String[] args) throws Exception {
        AtomicFiles.Pending pending = AtomicFiles.begin(Path.of(args[0]));
        pending.stream().write(new byte[64 * 1024]);
        pending.stream().flush();
        System.out.println("writing");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
