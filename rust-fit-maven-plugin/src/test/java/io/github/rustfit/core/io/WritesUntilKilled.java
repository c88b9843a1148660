package io.github.rustfit.core.io;

import java.nio.file.Path;

/**
 * Replaces a file again and again with {@link AtomicFiles}, each time with one letter repeated,
 * until it is killed; says "ready" once the first version is in place. {@link AtomicFilesKillTest}
 * kills it with SIGKILL at a moment of its choosing.
 */
public final class WritesUntilKilled {

    private WritesUntilKilled() {}

    /**
     * @param args the file to write, and how many characters each version holds
     */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        int length = Integer.parseInt(args[1]);
        for (int version = 0; ; version++) {
            AtomicFiles.writeString(
                    target, String.valueOf((char) ('a' + version % 26)).repeat(length));
            if (version == 0) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
