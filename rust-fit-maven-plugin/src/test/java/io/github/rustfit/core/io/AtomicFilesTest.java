package io.github.rustfit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
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
    void creating_a_file_writes_it_when_none_is_there_and_never_replaces_one_that_is() throws Exception {
        Path fresh = dir.resolve("sub/rust-fit.yaml");
        Path taken = dir.resolve("taken.yaml");
        Files.writeString(taken, "the team's own manifest");

        AtomicFiles.createString(fresh, "components: []");

        assertThat(fresh).hasContent("components: []");
        assertThatThrownBy(() -> AtomicFiles.createString(taken, "components: []"))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(taken).hasContent("the team's own manifest");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(dir.resolve("sub"), taken);
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

    @Test
    void writes_through_a_chain_of_symbolic_links_to_the_final_target_and_keeps_the_links() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path real = Files.writeString(shared.resolve("team.yaml"), "old");
        Path middle = Files.createSymbolicLink(
                Files.createDirectories(dir.resolve("middle")).resolve("team.yaml"), Path.of("../shared/team.yaml"));
        Path project = Files.createDirectories(dir.resolve("project"));
        Path link = Files.createSymbolicLink(project.resolve("rust-fit.yaml"), Path.of("../middle/team.yaml"));

        try (AtomicFiles.Pending pending = AtomicFiles.begin(link)) {
            pending.stream().write("new".getBytes(StandardCharsets.UTF_8));
            // the temporary file sits beside the final target, so the move stays on its file system
            assertThat(namesIn(shared)).hasSize(2).contains("team.yaml");
            assertThat(namesIn(project)).containsExactly("rust-fit.yaml");
            pending.commit();
        }

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isSymbolicLink(middle)).isTrue();
        assertThat(Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(real).hasContent("new");
        assertThat(namesIn(shared)).containsExactly("team.yaml");
        assertThat(namesIn(project)).containsExactly("rust-fit.yaml");
    }

    @Test
    void a_dangling_symbolic_link_gets_its_target_created() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("rust-fit.yaml"), Path.of("elsewhere/team.yaml"));

        AtomicFiles.writeString(link, "new");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(dir.resolve("elsewhere/team.yaml")).hasContent("new");
    }

    @Test
    void refuses_to_replace_a_read_only_file_and_says_how_to_allow_it() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path target = Files.writeString(dir.resolve("rust-fit.yaml"), "protected");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));

        // no write bit for anyone reads as read-only for root too, who may write it all the same
        assertThatThrownBy(() -> AtomicFiles.writeString(target, "changed"))
                .isInstanceOf(IOException.class)
                .hasMessage(String.format(AtomicFiles.READ_ONLY, target));
        assertThat(target).hasContent("protected");
        assertThat(namesIn(dir)).containsExactly("rust-fit.yaml");
    }

    @Test
    void refuses_to_replace_a_file_its_owner_may_not_write() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path target = Files.writeString(dir.resolve("rust-fit.yaml"), "protected");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--rw-rw-"));
        assumeFalse(Files.isWritable(target), "running as root: file permissions do not bind");

        assertThatThrownBy(() -> AtomicFiles.writeString(target, "changed"))
                .hasMessage(String.format(AtomicFiles.READ_ONLY, target));
        assertThat(target).hasContent("protected");
    }

    @Test
    void removes_its_own_stale_temporary_files_and_nothing_else() throws Exception {
        Path target = dir.resolve("file-reports.zip");
        FileTime old =
                FileTime.from(Instant.now().minus(AtomicFiles.STALE_AFTER).minusSeconds(60));
        FileTime recent = FileTime.from(Instant.now().minusSeconds(60));
        List<String> stale = List.of(
                ".file-reports.zip.8123456789.rust-fit.tmp",
                ".rust-fit.json.42.rust-fit.tmp",
                ".file-reports.zip8123456789.tmp"); // as earlier builds of the plugin named them
        List<String> kept = List.of(
                ".rust-fit.json.43.rust-fit.tmp", // recent: another build may be writing it
                ".other.zip8123456789.tmp", // the old style is too plain to judge but for this file
                ".file-reports.zip.tmp",
                ".file-reports.zipx1.tmp",
                "file-reports.zip1.tmp",
                "notes.tmp",
                ".cache.tmp");
        for (String name : stale) {
            Files.setLastModifiedTime(Files.writeString(dir.resolve(name), "left by kill -9"), old);
        }
        for (String name : kept) {
            Files.setLastModifiedTime(
                    Files.writeString(dir.resolve(name), "not ours"), name.contains("43") ? recent : old);
        }
        Path staleDirectory = Files.createDirectory(dir.resolve(".index.html.7.rust-fit.tmp"));
        Files.setLastModifiedTime(staleDirectory, old);

        AtomicFiles.writeString(target, "new");

        List<String> expected = new java.util.ArrayList<>(kept);
        expected.add("file-reports.zip");
        expected.add(staleDirectory.getFileName().toString());
        assertThat(namesIn(dir)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void the_temporary_file_of_a_build_killed_while_writing_goes_at_the_next_write_however_young() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/sys/kernel/random/boot_id")), "process ids are told apart on Linux");
        Path target = dir.resolve("cache/file-reports.zip");
        Process writer = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledWriter.class.getName(),
                        target.toString())
                .redirectErrorStream(true)
                .start();
        try (var out = new java.io.BufferedReader(
                new java.io.InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("writing");
        } finally {
            writer.destroyForcibly().waitFor(); // SIGKILL: no finally block of the writer runs
        }
        List<String> leftOver = namesIn(target.getParent());
        assertThat(leftOver)
                .singleElement()
                .asString()
                .startsWith(".file-reports.zip.p" + writer.pid() + "-")
                .endsWith(".rust-fit.tmp");
        // another build of this machine, writing now, and a name that only looks like ours stay
        Path live = Files.writeString(
                target.resolveSibling(leftOver.get(0)
                        .replace(
                                ".p" + writer.pid() + "-",
                                ".p" + ProcessHandle.current().pid() + "-")),
                "being written");
        Path foreign = Files.writeString(
                target.resolveSibling(leftOver.get(0).replaceAll("-[0-9a-f]{16}\\.", "-0123456789abcdef.")),
                "another machine's");

        AtomicFiles.writeString(target, "saved");

        assertThat(namesIn(target.getParent()))
                .containsExactlyInAnyOrder(
                        "file-reports.zip",
                        live.getFileName().toString(),
                        foreign.getFileName().toString());
    }

    @Test
    void says_when_a_file_is_in_the_way_of_a_directory() throws Exception {
        Path file = Files.writeString(dir.resolve("out"), "a file, not a directory");

        assertThatThrownBy(() -> AtomicFiles.writeString(file.resolve("rust-fit.json"), "{}"))
                .isInstanceOf(IOException.class)
                .hasMessage(String.format(AtomicFiles.FILE_IN_THE_WAY, file, file));
        assertThatThrownBy(() -> AtomicFiles.writeString(file.resolve("cache/file-reports.zip"), "{}"))
                .hasMessage(String.format(AtomicFiles.FILE_IN_THE_WAY, file.resolve("cache"), file));
        assertThat(file).hasContent("a file, not a directory");
    }

    @Test
    void says_when_a_directory_stands_where_the_file_goes_and_leaves_it_as_it_was() throws Exception {
        Path directory = Files.createDirectories(dir.resolve("rust-fit.json"));
        Files.writeString(directory.resolve("kept.txt"), "someone's file");

        assertThatThrownBy(() -> AtomicFiles.writeString(directory, "{}"))
                .isInstanceOf(IOException.class)
                .hasMessage(String.format(AtomicFiles.DIRECTORY_IN_THE_WAY, directory));
        assertThat(directory.resolve("kept.txt")).hasContent("someone's file");
        assertThat(namesIn(dir)).containsExactly("rust-fit.json");
    }

    @Test
    void says_when_a_directory_is_not_writable() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "running as root: directory permissions do not bind");

            assertThatThrownBy(() -> AtomicFiles.writeString(locked.resolve("rust-fit.json"), "{}"))
                    .isInstanceOf(IOException.class)
                    .hasMessage(String.format(AtomicFiles.NOT_WRITABLE, locked));
            assertThatThrownBy(() -> AtomicFiles.writeString(locked.resolve("sub/rust-fit.json"), "{}"))
                    .hasMessage(String.format(AtomicFiles.NOT_WRITABLE, locked));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void refuses_text_utf8_cannot_encode_rather_than_writing_question_marks() throws Exception {
        Path target = Files.writeString(dir.resolve("rust-fit.yaml"), "as it was");

        assertThatThrownBy(() -> AtomicFiles.writeString(target, "lone \ud800 surrogate"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("U+D800");
        assertThat(target).hasContent("as it was");
        assertThat(namesIn(dir)).containsExactly("rust-fit.yaml");
    }

    private static List<String> namesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
