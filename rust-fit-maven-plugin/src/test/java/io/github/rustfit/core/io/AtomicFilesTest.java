package io.github.rustfit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void replaces_the_content_and_leaves_no_temporary_file() throws Exception {
        Path target = dir.resolve("sub/report.html");

        AtomicFiles.writeString(target, "first");
        AtomicFiles.writeString(target, "second");

        assertThat(target).hasContent("second");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void a_new_file_is_readable_by_everyone_and_a_replaced_one_keeps_its_permissions() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path fresh = dir.resolve("fresh.json");
        Path kept = dir.resolve("kept.yaml");
        Files.writeString(kept, "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));

        AtomicFiles.writeString(fresh, "{}");
        AtomicFiles.writeString(kept, "new");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)))
                .isEqualTo("rw-rw----");
    }

    @Test
    void a_streamed_file_appears_only_when_committed_and_an_abandoned_one_leaves_the_target_as_it_was()
            throws Exception {
        Path target = dir.resolve("cache.zip");
        Files.writeString(target, "earlier");

        try (AtomicFiles.Pending abandoned = AtomicFiles.begin(target)) {
            abandoned.stream().write("half".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(target).hasContent("earlier");

        try (AtomicFiles.Pending pending = AtomicFiles.begin(target)) {
            pending.stream().write("whole".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(target).hasContent("earlier");
            pending.commit();
        }
        assertThat(target).hasContent("whole");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
