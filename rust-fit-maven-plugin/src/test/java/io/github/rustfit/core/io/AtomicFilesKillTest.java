package io.github.rustfit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with {@code kill -9} while it writes a file leaves the file whole, old or new,
 * never a mix or a stump; the temporary file it may leave behind is removed by a later write once
 * it is stale. Issue 12's pass found the first to hold and the second not; these keep both.
 */
class AtomicFilesKillTest {

    private static final int LENGTH = 4 << 20;

    @TempDir
    Path dir;

    @Test
    void a_writer_killed_at_any_moment_leaves_the_file_whole_and_its_leftovers_go_with_a_later_write()
            throws Exception {
        Path target = dir.resolve("rust-fit.json");
        Random random = new Random(12);

        for (int kill = 0; kill < 5; kill++) {
            Process writer = start(target);
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("ready");
                Thread.sleep(random.nextInt(200));
            } finally {
                writer.destroyForcibly(); // SIGKILL where there are signals: no shutdown hook runs
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            String content = Files.readString(target);
            assertThat(content).as("after kill %d", kill).hasSize(LENGTH);
            assertThat(content.chars().distinct().count())
                    .as("after kill %d", kill)
                    .isOne();
        }

        FileTime stale =
                FileTime.from(Instant.now().minus(AtomicFiles.STALE_AFTER).minusSeconds(60));
        for (Path leftover : names(dir)) {
            Files.setLastModifiedTime(leftover, stale);
        }
        AtomicFiles.writeString(target, "after the kills");

        assertThat(names(dir)).containsExactly(target);
        assertThat(target).hasContent("after the kills");
    }

    private static Process start(Path target) throws IOException {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        WritesUntilKilled.class.getName(),
                        target.toString(),
                        String.valueOf(LENGTH))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static List<Path> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
