package io.github.rustfit.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.analysis.FileReport;
import io.github.rustfit.core.analysis.RecordingListener;
import io.github.rustfit.core.result.ParseProblem;
import io.github.rustfit.core.signals.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReportCacheTest {

    @TempDir
    Path dir;

    private final RecordingListener listener = new RecordingListener();
    private final List<String> warnings = listener.warnings;
    private final List<String> debug = listener.debug;

    private static final FileReport PARSED = new FileReport(
            "m/src/A.java",
            12,
            "p",
            List.of(new Finding("concurrency.locks", 3, "lock.lock();")),
            Optional.empty(),
            Optional.of(7));
    private static final FileReport FAILED = new FileReport(
            "m/src/B.java",
            4,
            "",
            List.of(),
            Optional.of(new ParseProblem("m/src/B.java", 2, 5, "Parse error")),
            Optional.empty());

    private static final FileReportCache.FileStamp STAMP = new FileReportCache.FileStamp(120, 1_000L, "UTF-8");

    private Path file() {
        return dir.resolve("cache/file-reports.zip");
    }

    /** As the analysis asks: by stamp without reading, else by digest; a hit is recorded as reused. */
    private static Optional<FileReport> lookup(
            FileReportCache cache, String relativePath, String digest, FileReportCache.FileStamp stamp) {
        Optional<FileReport> found = cache.sameBytes(relativePath, digest);
        found.ifPresent(report -> cache.reused(relativePath, stamp));
        return found;
    }

    private static Optional<FileReport> lookup(
            FileReportCache cache, String relativePath, FileReportCache.FileStamp stamp) {
        Optional<FileReport> found = cache.unchanged(relativePath, stamp);
        found.ifPresent(report -> cache.reused(relativePath, stamp));
        return found;
    }

    /** A cache as a run over module g:one (file A, parsed) and g:two (file B, failed) leaves it. */
    private void saveTwoModules() throws Exception {
        FileReportCache first = FileReportCache.open(file(), "v1", listener);
        first.beginModule("g:one");
        first.analysed("m/src/A.java", "d1", STAMP, PARSED);
        first.beginModule("g:two");
        first.analysed("m/src/B.java", "d2", STAMP, FAILED);
        first.save();
    }

    @Test
    void an_unchanged_file_is_served_from_the_cache_of_the_previous_run() throws Exception {
        FileReportCache first = FileReportCache.open(file(), "v1", listener);
        assertThat(lookup(first, "m/src/A.java", "d1", STAMP)).isEmpty();
        first.analysed("m/src/A.java", "d1", STAMP, PARSED);
        first.analysed("m/src/B.java", "d2", STAMP, FAILED);
        first.save();

        FileReportCache second = FileReportCache.open(file(), "v1", listener);

        assertThat(lookup(second, "m/src/A.java", "d1", STAMP)).contains(PARSED);
        assertThat(lookup(second, "m/src/B.java", "d2", STAMP)).contains(FAILED);
        assertThat(second.hits()).isEqualTo(2);
        assertThat(warnings).isEmpty();
    }

    @Test
    void a_changed_file_misses() throws Exception {
        FileReportCache first = FileReportCache.open(file(), "v1", listener);
        first.analysed("m/src/A.java", "d1", STAMP, PARSED);
        first.save();

        FileReportCache second = FileReportCache.open(file(), "v1", listener);

        assertThat(lookup(second, "m/src/A.java", "changed", STAMP)).isEmpty();
        second.analysed("m/src/A.java", "changed", STAMP, PARSED);
        assertThat(second.misses()).isEqualTo(1);
        assertThat(second.hits()).isZero();
    }

    @Test
    void a_cache_of_another_plugin_build_or_setting_is_not_trusted() throws Exception {
        FileReportCache first = FileReportCache.open(file(), "v1|JAVA_21", listener);
        first.analysed("m/src/A.java", "d1", STAMP, PARSED);
        first.save();

        FileReportCache other = FileReportCache.open(file(), "v2|JAVA_21", listener);

        assertThat(lookup(other, "m/src/A.java", "d1", STAMP)).isEmpty();
        assertThat(warnings).isEmpty();
        assertThat(debug).anySatisfy(line -> assertThat(line).contains("rebuilding"));
    }

    @Test
    void a_corrupt_cache_is_ignored_with_a_warning() throws Exception {
        FileReportCache first = FileReportCache.open(file(), "v1", listener);
        first.analysed("m/src/A.java", "d1", STAMP, PARSED);
        first.save();
        byte[] bytes = Files.readAllBytes(file());
        Files.write(file(), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        FileReportCache cache = FileReportCache.open(file(), "v1", listener);

        assertThat(lookup(cache, "m/src/A.java", "d1", STAMP)).isEmpty();
        assertThat(warnings)
                .singleElement()
                .asString()
                .startsWith("rust-fit: ignoring the analysis cache " + file())
                .contains("unreadable")
                .endsWith("it will be rebuilt.");
    }

    @Test
    void a_corrupt_module_entry_is_ignored_with_a_warning_naming_it_and_the_other_modules_are_served()
            throws Exception {
        Files.createDirectories(file().getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file()))) {
            zip.putNextEntry(new ZipEntry(FileReportCache.HEADER));
            zip.write(FileReportCache.header("v1").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("modules/g:broken.json"));
            zip.write("{\"m/src/A.java\": [".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("modules/g:fine.json"));
            zip.write(("{\"m/src/A.java\": {\"digest\": \"d1\", \"stamp\": {\"size\": 120, \"modified\": 1000,"
                            + " \"charset\": \"UTF-8\"}, \"linesOfCode\": 12, \"packageName\": \"p\","
                            + " \"findings\": []}}")
                    .getBytes(StandardCharsets.UTF_8));
        }

        FileReportCache cache = FileReportCache.open(file(), "v1", listener);
        cache.beginModule("g:broken");
        assertThat(lookup(cache, "m/src/A.java", STAMP)).isEmpty();
        cache.beginModule("g:fine");

        assertThat(lookup(cache, "m/src/A.java", STAMP)).isPresent();
        assertThat(warnings)
                .singleElement()
                .asString()
                .startsWith("rust-fit: ignoring the analysis cache " + file() + "!modules/g:broken.json")
                .contains("unreadable");
    }

    @Test
    void each_module_is_served_only_its_own_entries() throws Exception {
        saveTwoModules();

        FileReportCache second = FileReportCache.open(file(), "v1", listener);
        second.beginModule("g:two");
        assertThat(lookup(second, "m/src/A.java", STAMP)).isEmpty();
        assertThat(lookup(second, "m/src/B.java", STAMP)).contains(FAILED);
        second.beginModule("g:one");

        assertThat(lookup(second, "m/src/A.java", STAMP)).contains(PARSED);
        assertThat(lookup(second, "m/src/B.java", STAMP)).isEmpty();
    }

    @Test
    void a_run_that_ends_without_saving_leaves_the_earlier_cache_as_it_was() throws Exception {
        FileReportCache first = FileReportCache.open(file(), "v1", listener);
        first.beginModule("g:one");
        first.analysed("m/src/A.java", "d1", STAMP, PARSED);
        first.save();
        byte[] saved = Files.readAllBytes(file());

        try (FileReportCache interrupted = FileReportCache.open(file(), "v1", listener)) {
            interrupted.beginModule("g:one");
            interrupted.analysed("m/src/B.java", "d2", STAMP, FAILED);
            interrupted.beginModule("g:two");
        }

        assertThat(Files.readAllBytes(file())).isEqualTo(saved);
        try (var listing = Files.list(file().getParent())) {
            assertThat(listing).containsExactly(file());
        }
    }

    @Test
    void the_same_entries_give_the_same_bytes() throws Exception {
        for (Path target : List.of(file(), dir.resolve("other.zip"))) {
            FileReportCache cache = FileReportCache.open(target, "v1", listener);
            cache.beginModule("g:one");
            cache.analysed("m/src/A.java", "d1", STAMP, PARSED);
            cache.save();
        }

        assertThat(Files.readAllBytes(file())).isEqualTo(Files.readAllBytes(dir.resolve("other.zip")));
    }

    @Test
    void a_foreign_file_in_the_cache_location_is_ignored_with_a_warning() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"format\": 99, \"something\": \"else\"}");

        FileReportCache.open(file(), "v1", listener);

        assertThat(warnings)
                .singleElement()
                .asString()
                .contains("not a rust-fit cache of format " + FileReportCache.FORMAT);
    }

    @Test
    void only_files_seen_in_this_run_are_saved_so_deleted_files_drop_out() throws Exception {
        FileReportCache first = FileReportCache.open(file(), "v1", listener);
        first.analysed("m/src/A.java", "d1", STAMP, PARSED);
        first.analysed("m/src/B.java", "d2", STAMP, FAILED);
        first.save();
        FileReportCache second = FileReportCache.open(file(), "v1", listener);
        lookup(second, "m/src/A.java", "d1", STAMP);
        second.save();

        FileReportCache third = FileReportCache.open(file(), "v1", listener);

        assertThat(lookup(third, "m/src/B.java", "d2", STAMP)).isEmpty();
        assertThat(lookup(third, "m/src/A.java", "d1", STAMP)).isPresent();
    }

    @Test
    void a_disabled_cache_remembers_and_writes_nothing() throws Exception {
        FileReportCache cache = FileReportCache.disabled();
        cache.analysed("m/src/A.java", "d1", STAMP, PARSED);
        cache.save();

        assertThat(cache.enabled()).isFalse();
        assertThat(lookup(cache, "m/src/A.java", "d1", STAMP)).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void the_digest_changes_with_the_bytes_and_with_the_encoding() {
        byte[] bytes = "class A {}".getBytes(StandardCharsets.UTF_8);

        assertThat(FileReportCache.digest(bytes, StandardCharsets.UTF_8))
                .isEqualTo(FileReportCache.digest(bytes.clone(), StandardCharsets.UTF_8))
                .isNotEqualTo(FileReportCache.digest(bytes, StandardCharsets.ISO_8859_1))
                .isNotEqualTo(
                        FileReportCache.digest("class B {}".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .hasSize(64);
    }

    @Test
    void a_file_with_the_same_size_time_and_encoding_is_served_without_being_read() throws Exception {
        FileReportCache first = FileReportCache.open(file(), "v1", listener);
        first.analysed("m/src/A.java", "d1", STAMP, PARSED);
        first.save();

        FileReportCache second = FileReportCache.open(file(), "v1", listener);

        assertThat(lookup(second, "m/src/A.java", STAMP)).contains(PARSED);
        assertThat(lookup(second, "m/src/A.java", new FileReportCache.FileStamp(120, 2_000L, "UTF-8")))
                .isEmpty();
        assertThat(lookup(second, "m/src/A.java", new FileReportCache.FileStamp(121, 1_000L, "UTF-8")))
                .isEmpty();
        assertThat(lookup(second, "m/src/A.java", new FileReportCache.FileStamp(120, 1_000L, "ISO-8859-1")))
                .isEmpty();
    }

    @Test
    void same_bytes_under_a_new_time_are_reused_and_the_new_time_remembered() throws Exception {
        FileReportCache first = FileReportCache.open(file(), "v1", listener);
        first.analysed("m/src/A.java", "d1", STAMP, PARSED);
        first.save();
        FileReportCache.FileStamp touched = new FileReportCache.FileStamp(120, 5_000L, "UTF-8");
        FileReportCache second = FileReportCache.open(file(), "v1", listener);
        assertThat(lookup(second, "m/src/A.java", touched)).isEmpty();
        assertThat(lookup(second, "m/src/A.java", "d1", touched)).contains(PARSED);
        second.save();

        FileReportCache third = FileReportCache.open(file(), "v1", listener);

        assertThat(lookup(third, "m/src/A.java", touched)).contains(PARSED);
    }

    @Test
    void a_cache_of_an_older_format_is_rebuilt_quietly() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"format\": 2, \"fingerprint\": \"v1\", \"files\": {}}");

        FileReportCache.open(file(), "v1", listener);

        assertThat(warnings).isEmpty();
        assertThat(debug).anySatisfy(line -> assertThat(line).contains("rebuilding"));
    }

    @Test
    void the_kept_reactor_comes_back_as_stored_and_reusing_it_counts_every_file_as_reused() throws Exception {
        FileReportCache first = FileReportCache.open(file(), "v1", listener);
        first.beginModule("g:one");
        first.analysed("m/src/A.java", "d1", STAMP, PARSED);
        first.rememberReactor("key-1", "{\"result\": 1}".getBytes(StandardCharsets.UTF_8));
        first.save();

        FileReportCache second = FileReportCache.open(file(), "v1", listener);
        FileReportCache.KeptReactor kept = second.keptReactor().orElseThrow();
        second.reuseReactor(7);

        assertThat(kept.key()).isEqualTo("key-1");
        assertThat(new String(kept.result(), StandardCharsets.UTF_8)).isEqualTo("{\"result\": 1}");
        assertThat(second.hits()).isEqualTo(7);
        assertThat(FileReportCache.open(dir.resolve("none.zip"), "v1", listener).keptReactor())
                .isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void a_cache_closed_while_its_kept_reactor_is_read_gives_nothing_rather_than_failing() throws Exception {
        FileReportCache first = FileReportCache.open(file(), "v1", listener);
        first.beginModule("g:one");
        first.analysed("m/src/A.java", "d1", STAMP, PARSED);
        first.rememberReactor("key-1", new byte[] {'{', '}'});
        first.save();

        FileReportCache second = FileReportCache.open(file(), "v1", listener);
        second.close();

        assertThat(second.keptReactor()).isEmpty();
    }

    @Test
    void a_run_in_which_nothing_changed_leaves_the_cache_file_as_it_was() throws Exception {
        saveTwoModules();
        java.nio.file.attribute.FileTime long_ago = java.nio.file.attribute.FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file(), long_ago);

        FileReportCache second = FileReportCache.open(file(), "v1", listener);
        second.beginModule("g:one");
        lookup(second, "m/src/A.java", STAMP);
        second.beginModule("g:two");
        lookup(second, "m/src/B.java", STAMP);
        second.save();

        assertThat(Files.getLastModifiedTime(file())).isEqualTo(long_ago);
        assertThat(second.hits()).isEqualTo(2);
    }

    @Test
    void unchanged_modules_are_kept_when_another_module_changes() throws Exception {
        saveTwoModules();
        FileReportCache second = FileReportCache.open(file(), "v1", listener);
        second.beginModule("g:one");
        lookup(second, "m/src/A.java", STAMP);
        second.beginModule("g:two");
        second.analysed("m/src/B.java", "d3", STAMP, PARSED);
        second.save();

        FileReportCache third = FileReportCache.open(file(), "v1", listener);
        third.beginModule("g:one");
        assertThat(lookup(third, "m/src/A.java", STAMP)).contains(PARSED);
        third.beginModule("g:two");

        assertThat(lookup(third, "m/src/B.java", "d3", STAMP))
                .hasValueSatisfying(report -> assertThat(report.findings()).isEqualTo(PARSED.findings()));
    }

    @Test
    void a_module_no_longer_in_the_build_drops_out_even_when_nothing_else_changed() throws Exception {
        FileReportCache first = FileReportCache.open(file(), "v1", listener);
        first.beginModule("g:one");
        first.analysed("m/src/A.java", "d1", STAMP, PARSED);
        first.beginModule("g:gone");
        first.analysed("gone/src/B.java", "d2", STAMP, FAILED);
        first.save();
        FileReportCache second = FileReportCache.open(file(), "v1", listener);
        second.beginModule("g:one");
        lookup(second, "m/src/A.java", STAMP);
        second.save();

        FileReportCache third = FileReportCache.open(file(), "v1", listener);
        third.beginModule("g:gone");
        assertThat(lookup(third, "gone/src/B.java", STAMP)).isEmpty();
        third.beginModule("g:one");

        assertThat(lookup(third, "m/src/A.java", STAMP)).contains(PARSED);
    }
}
