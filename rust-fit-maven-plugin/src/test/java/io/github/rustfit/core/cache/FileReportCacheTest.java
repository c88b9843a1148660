package io.github.rustfit.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.analysis.RecordingListener;
import io.github.rustfit.core.file.FileReport;
import io.github.rustfit.core.file.FileReportCodec;
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

    static final CacheKey KEY = CacheKey.of("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    static final FileReportCodec CODEC = new FileReportCodec(java.util.Set.of("concurrency.locks"));

    /** Digests as the analysis makes them: 64 hex digits. */
    private static final String D1 = "1".repeat(64);

    private static final String D2 = "2".repeat(64);
    private static final String D3 = "3".repeat(64);

    private Path file() {
        return dir.resolve("cache/file-reports.zip");
    }

    private FileReportCache open(Path file, String fingerprint) {
        return FileReportCache.open(file, CacheMode.READ_WRITE, fingerprint, KEY, CODEC, listener);
    }

    private FileReportCache open(String fingerprint) {
        return open(file(), fingerprint);
    }

    /** As the analysis asks: by digest; a hit is recorded as reused. */
    private static Optional<FileReport> lookup(FileReportCache cache, String relativePath, String digest) {
        Optional<FileReport> found = cache.sameBytes(relativePath, digest);
        found.ifPresent(report -> cache.reused(relativePath));
        return found;
    }

    /** A cache as a run over module g:one (file A, parsed) and g:two (file B, failed) leaves it. */
    private void saveTwoModules() throws Exception {
        FileReportCache first = open("v1");
        first.beginModule("g:one");
        first.analysed("m/src/A.java", D1, PARSED);
        first.beginModule("g:two");
        first.analysed("m/src/B.java", D2, FAILED);
        first.save();
    }

    @Test
    void an_unchanged_file_is_served_from_the_cache_of_the_previous_run() throws Exception {
        FileReportCache first = open("v1");
        assertThat(lookup(first, "m/src/A.java", D1)).isEmpty();
        first.analysed("m/src/A.java", D1, PARSED);
        first.analysed("m/src/B.java", D2, FAILED);
        first.save();

        FileReportCache second = open("v1");

        assertThat(lookup(second, "m/src/A.java", D1)).contains(PARSED);
        assertThat(lookup(second, "m/src/B.java", D2)).contains(FAILED);
        assertThat(second.hits()).isEqualTo(2);
        assertThat(warnings).isEmpty();
    }

    @Test
    void a_changed_file_misses() throws Exception {
        FileReportCache first = open("v1");
        first.analysed("m/src/A.java", D1, PARSED);
        first.save();

        FileReportCache second = open("v1");

        assertThat(lookup(second, "m/src/A.java", D3)).isEmpty();
        second.analysed("m/src/A.java", D3, PARSED);
        assertThat(second.misses()).isEqualTo(1);
        assertThat(second.hits()).isZero();
    }

    @Test
    void a_cache_of_another_plugin_build_or_setting_is_not_trusted() throws Exception {
        FileReportCache first = open("v1|JAVA_21");
        first.analysed("m/src/A.java", D1, PARSED);
        first.save();

        FileReportCache other = open("v2|JAVA_21");

        assertThat(lookup(other, "m/src/A.java", D1)).isEmpty();
        assertThat(warnings).isEmpty();
        assertThat(debug).anySatisfy(line -> assertThat(line).contains("rebuilding"));
    }

    @Test
    void a_corrupt_cache_is_ignored_with_a_warning() throws Exception {
        FileReportCache first = open("v1");
        first.analysed("m/src/A.java", D1, PARSED);
        first.save();
        byte[] bytes = Files.readAllBytes(file());
        Files.write(file(), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        FileReportCache cache = open("v1");

        assertThat(lookup(cache, "m/src/A.java", D1)).isEmpty();
        assertThat(warnings)
                .singleElement()
                .asString()
                .startsWith("rust-fit: ignoring the analysis cache " + file())
                .contains("unreadable")
                .endsWith("it will be rebuilt.");
    }

    @Test
    void a_corrupt_module_entry_is_ignored_with_one_warning_naming_it_and_the_other_modules_are_served()
            throws Exception {
        saveTwoModules();
        rewrite("modules/g:one.json", bytes -> "{\"m/src/A.java\": [".getBytes(StandardCharsets.UTF_8));

        FileReportCache cache = open("v1");
        cache.beginModule("g:one");
        assertThat(lookup(cache, "m/src/A.java", D1)).isEmpty();
        cache.beginModule("g:two");
        assertThat(lookup(cache, "m/src/B.java", D2)).contains(FAILED);
        cache.reportRefusals();

        assertThat(warnings)
                .singleElement()
                .asString()
                .startsWith("rust-fit: ignored 1 entry of the analysis cache " + file())
                .contains("modules/g:one.json");
    }

    @Test
    void each_module_is_served_only_its_own_entries() throws Exception {
        saveTwoModules();

        FileReportCache second = open("v1");
        second.beginModule("g:two");
        assertThat(lookup(second, "m/src/A.java", D1)).isEmpty();
        assertThat(lookup(second, "m/src/B.java", D2)).contains(FAILED);
        second.beginModule("g:one");

        assertThat(lookup(second, "m/src/A.java", D1)).contains(PARSED);
        assertThat(lookup(second, "m/src/B.java", D2)).isEmpty();
    }

    @Test
    void a_run_that_ends_without_saving_leaves_the_earlier_cache_as_it_was() throws Exception {
        FileReportCache first = open("v1");
        first.beginModule("g:one");
        first.analysed("m/src/A.java", D1, PARSED);
        first.save();
        byte[] saved = Files.readAllBytes(file());

        try (FileReportCache interrupted = open("v1")) {
            interrupted.beginModule("g:one");
            interrupted.analysed("m/src/B.java", D2, FAILED);
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
            FileReportCache cache = open(target, "v1");
            cache.beginModule("g:one");
            cache.analysed("m/src/A.java", D1, PARSED);
            cache.save();
        }

        assertThat(Files.readAllBytes(file())).isEqualTo(Files.readAllBytes(dir.resolve("other.zip")));
    }

    @Test
    void a_foreign_file_in_the_cache_location_is_ignored_with_a_warning() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"format\": 99, \"something\": \"else\"}");

        open("v1");

        assertThat(warnings).singleElement().asString().contains("not a rust-fit cache");
    }

    @Test
    void only_files_seen_in_this_run_are_saved_so_deleted_files_drop_out() throws Exception {
        FileReportCache first = open("v1");
        first.analysed("m/src/A.java", D1, PARSED);
        first.analysed("m/src/B.java", D2, FAILED);
        first.save();
        FileReportCache second = open("v1");
        lookup(second, "m/src/A.java", D1);
        second.save();

        FileReportCache third = open("v1");

        assertThat(lookup(third, "m/src/B.java", D2)).isEmpty();
        assertThat(lookup(third, "m/src/A.java", D1)).isPresent();
    }

    @Test
    void a_disabled_cache_remembers_and_writes_nothing() throws Exception {
        FileReportCache cache = FileReportCache.disabled();
        cache.analysed("m/src/A.java", D1, PARSED);
        cache.save();

        assertThat(cache.enabled()).isFalse();
        assertThat(lookup(cache, "m/src/A.java", D1)).isEmpty();
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
    void a_file_is_served_by_the_digest_of_its_bytes_only() throws Exception {
        FileReportCache first = open("v1");
        first.analysed("m/src/A.java", D1, PARSED);
        first.save();

        FileReportCache second = open("v1");

        assertThat(lookup(second, "m/src/A.java", D2)).isEmpty();
        assertThat(lookup(second, "m/src/A.java", D1)).contains(PARSED);
        assertThat(lookup(second, "m/src/B.java", D1)).isEmpty();
    }

    @Test
    void a_cache_of_an_older_format_is_rebuilt_quietly() throws Exception {
        Files.createDirectories(file().getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file()))) {
            zip.putNextEntry(new ZipEntry("rust-fit-cache.json"));
            zip.write("rust-fit analysis cache\nformat=3\nfingerprint=v1\n".getBytes(StandardCharsets.UTF_8));
        }

        open("v1");

        assertThat(warnings).isEmpty();
        assertThat(debug).anySatisfy(line -> assertThat(line).contains("rebuilding"));
    }

    @Test
    void the_kept_reactor_comes_back_as_stored_and_reusing_it_counts_every_file_as_reused() throws Exception {
        FileReportCache first = open("v1");
        first.beginModule("g:one");
        first.analysed("m/src/A.java", D1, PARSED);
        first.rememberReactor("g:one\n", "key-1", "{\"result\": 1}".getBytes(StandardCharsets.UTF_8));
        first.save();

        FileReportCache second = open("v1");
        FileReportCache.KeptReactor kept = second.keptReactor("g:one\n").orElseThrow();
        second.reuseReactor(7);

        assertThat(kept.key()).isEqualTo("key-1");
        assertThat(new String(kept.result(), StandardCharsets.UTF_8)).isEqualTo("{\"result\": 1}");
        assertThat(second.hits()).isEqualTo(7);
        assertThat(open(dir.resolve("none.zip"), "v1").keptReactor("g:one\n")).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void a_cache_closed_while_its_kept_reactor_is_read_gives_nothing_rather_than_failing() throws Exception {
        FileReportCache first = open("v1");
        first.beginModule("g:one");
        first.analysed("m/src/A.java", D1, PARSED);
        first.rememberReactor("g:one\n", "key-1", new byte[] {'{', '}'});
        first.save();

        FileReportCache second = open("v1");
        second.close();

        assertThat(second.keptReactor("g:one\n")).isEmpty();
    }

    @Test
    void a_run_in_which_nothing_changed_leaves_the_cache_file_as_it_was() throws Exception {
        saveTwoModules();
        java.nio.file.attribute.FileTime long_ago = java.nio.file.attribute.FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file(), long_ago);

        FileReportCache second = open("v1");
        second.beginModule("g:one");
        lookup(second, "m/src/A.java", D1);
        second.beginModule("g:two");
        lookup(second, "m/src/B.java", D2);
        second.save();

        assertThat(Files.getLastModifiedTime(file())).isEqualTo(long_ago);
        assertThat(second.hits()).isEqualTo(2);
    }

    @Test
    void unchanged_modules_are_kept_when_another_module_changes() throws Exception {
        saveTwoModules();
        FileReportCache second = open("v1");
        second.beginModule("g:one");
        lookup(second, "m/src/A.java", D1);
        second.beginModule("g:two");
        second.analysed("m/src/B.java", D3, PARSED);
        second.save();

        FileReportCache third = open("v1");
        third.beginModule("g:one");
        assertThat(lookup(third, "m/src/A.java", D1)).contains(PARSED);
        third.beginModule("g:two");

        assertThat(lookup(third, "m/src/B.java", D3))
                .hasValueSatisfying(report -> assertThat(report.findings()).isEqualTo(PARSED.findings()));
    }

    @Test
    void a_run_over_some_modules_carries_the_entries_of_the_others_over_unchanged() throws Exception {
        saveTwoModules();
        byte[] two = entry("modules/g:two.json");
        FileReportCache partial = open("v1");
        partial.beginModule("g:one");
        partial.analysed("m/src/A.java", D3, PARSED);
        partial.save();

        FileReportCache next = open("v1");
        next.beginModule("g:two");

        assertThat(lookup(next, "m/src/B.java", D2)).contains(FAILED);
        assertThat(entry("modules/g:two.json")).isEqualTo(two);
        next.beginModule("g:one");
        assertThat(lookup(next, "m/src/A.java", D3)).contains(PARSED);
        next.reportRefusals();
        assertThat(warnings).isEmpty();
    }

    @Test
    void a_run_over_some_unchanged_modules_leaves_the_cache_file_as_it_was() throws Exception {
        saveTwoModules();
        java.nio.file.attribute.FileTime longAgo = java.nio.file.attribute.FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file(), longAgo);

        FileReportCache partial = open("v1");
        partial.beginModule("g:two");
        lookup(partial, "m/src/B.java", D2);
        partial.save();

        assertThat(Files.getLastModifiedTime(file())).isEqualTo(longAgo);
    }

    @Test
    void an_entry_forged_in_a_module_the_run_did_not_analyse_is_dropped_never_signed_again() throws Exception {
        saveTwoModules();
        rewrite("modules/g:two.json", replacing("Parse error", "Forged"));
        FileReportCache partial = open("v1");
        partial.beginModule("g:one");
        partial.analysed("m/src/A.java", D3, PARSED);
        partial.save();

        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file().toFile())) {
            assertThat(zip.getEntry("modules/g:two.json")).isNull();
        }
        FileReportCache next = open("v1");
        next.beginModule("g:two");
        assertThat(lookup(next, "m/src/B.java", D2)).isEmpty();
        next.reportRefusals();
        assertThat(warnings).isEmpty();
    }

    @Test
    void each_set_of_modules_keeps_its_own_analysis_and_a_run_over_another_set_leaves_it() throws Exception {
        FileReportCache whole = open("v1");
        whole.beginModule("g:one");
        whole.analysed("m/src/A.java", D1, PARSED);
        whole.beginModule("g:two");
        whole.analysed("m/src/B.java", D2, FAILED);
        whole.rememberReactor("g:one\ng:two\n", "whole-1", "{\"whole\": 1}".getBytes(StandardCharsets.UTF_8));
        whole.save();
        FileReportCache part = open("v1");
        assertThat(part.keptReactor("g:two\n")).isEmpty();
        part.beginModule("g:two");
        lookup(part, "m/src/B.java", D2);
        part.rememberReactor("g:two\n", "part-1", "{\"part\": 1}".getBytes(StandardCharsets.UTF_8));
        part.save();

        FileReportCache next = open("v1");

        assertThat(next.keptReactor("g:one\ng:two\n"))
                .hasValueSatisfying(kept -> assertThat(kept.key()).isEqualTo("whole-1"));
        assertThat(next.keptReactor("g:two\n"))
                .hasValueSatisfying(kept -> assertThat(kept.key()).isEqualTo("part-1"));
        next.reportRefusals();
        assertThat(warnings).isEmpty();
    }

    @Test
    void at_most_four_sets_of_modules_keep_their_analysis_and_the_least_recently_written_goes_first() throws Exception {
        for (String scope : List.of("a", "b", "c", "d", "e")) {
            FileReportCache run = open("v1");
            run.beginModule("g:one");
            run.analysed("m/src/A.java", D1, PARSED);
            run.rememberReactor(scope, "key-" + scope, new byte[] {'{', '}'});
            run.save();
        }

        FileReportCache next = open("v1");

        assertThat(next.keptReactor("a")).isEmpty();
        for (String scope : List.of("b", "c", "d", "e")) {
            assertThat(next.keptReactor(scope)).as(scope).isPresent();
        }
    }

    @Test
    void a_kept_analysis_of_another_set_forged_without_the_key_is_dropped_never_signed_again() throws Exception {
        FileReportCache whole = open("v1");
        whole.beginModule("g:one");
        whole.analysed("m/src/A.java", D1, PARSED);
        whole.rememberReactor("whole", "whole-1", "{\"verdict\": \"KEEP\"}".getBytes(StandardCharsets.UTF_8));
        whole.save();
        rewrite(keptResult(), replacing("KEEP", "STRONG_CANDIDATE"));
        FileReportCache part = open("v1");
        part.beginModule("g:one");
        lookup(part, "m/src/A.java", D1);
        part.rememberReactor("part", "part-1", new byte[] {'{', '}'});
        part.save();

        FileReportCache next = open("v1");

        assertThat(next.keptReactor("whole")).isEmpty();
        assertThat(next.keptReactor("part")).isPresent();
        next.reportRefusals();
        assertThat(warnings).isEmpty();
    }

    /** The name of the one kept analysis in the saved cache. */
    private String keptResult() throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file().toFile())) {
            return zip.stream()
                    .map(ZipEntry::getName)
                    .filter(name ->
                            name.startsWith(FileReportCache.REACTORS) && name.endsWith(FileReportCache.REACTOR_RESULT))
                    .reduce((one, two) -> {
                        throw new AssertionError("more than one kept analysis: " + one + ", " + two);
                    })
                    .orElseThrow();
        }
    }

    private byte[] entry(String name) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file().toFile())) {
            return zip.getInputStream(zip.getEntry(name)).readAllBytes();
        }
    }

    @Test
    void a_module_no_longer_in_the_project_drops_out_even_when_nothing_else_changed() throws Exception {
        FileReportCache first = open("v1");
        first.beginModule("g:one");
        first.analysed("m/src/A.java", D1, PARSED);
        first.beginModule("g:gone");
        first.analysed("gone/src/B.java", D2, FAILED);
        first.save();
        FileReportCache second = open("v1");
        second.projectModules(key -> !key.equals("g:gone"));
        second.beginModule("g:one");
        lookup(second, "m/src/A.java", D1);
        second.save();

        FileReportCache third = open("v1");
        third.beginModule("g:gone");
        assertThat(lookup(third, "gone/src/B.java", D2)).isEmpty();
        third.beginModule("g:one");

        assertThat(lookup(third, "m/src/A.java", D1)).contains(PARSED);
    }

    /**
     * Rewrites one entry of the saved cache as someone who can write the cache would: the other
     * entries and the list of MACs stay as they are, unless {@code resign} (someone holding the
     * key, or a faulty writer) signs the new bytes too.
     */
    private void rewrite(String name, java.util.function.UnaryOperator<byte[]> change, boolean resign)
            throws Exception {
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file().toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        byte[] changed = change.apply(entries.getOrDefault(name, new byte[0]));
        entries.put(name, changed);
        if (resign) {
            String macs = new String(entries.get(FileReportCache.MACS), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith(name + " "))
                    .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
            macs += name + " " + FileReportCache.mac(KEY, "v1", name, changed) + "\n";
            entries.remove(FileReportCache.MACS);
            entries.put(FileReportCache.MACS, macs.getBytes(StandardCharsets.UTF_8));
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file()))) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
            }
        }
    }

    private void rewrite(String name, java.util.function.UnaryOperator<byte[]> change) throws Exception {
        rewrite(name, change, false);
    }

    private static java.util.function.UnaryOperator<byte[]> replacing(String from, String to) {
        return bytes -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).contains(from);
            return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
        };
    }

    @Test
    void findings_emptied_without_the_key_are_never_used_and_the_file_is_analysed_again() throws Exception {
        saveTwoModules();
        rewrite("modules/g:one.json", replacing("[[\"concurrency.locks\",3,\"lock.lock();\"]]", "[]"));

        FileReportCache cache = open("v1");
        cache.beginModule("g:one");

        assertThat(lookup(cache, "m/src/A.java", D1)).isEmpty();
        cache.beginModule("g:two");
        assertThat(lookup(cache, "m/src/B.java", D2)).contains(FAILED);
        cache.reportRefusals();
        assertThat(warnings).singleElement().asString().contains("MAC does not verify");
    }

    @Test
    void an_entry_moved_to_another_module_does_not_verify() throws Exception {
        saveTwoModules();
        byte[][] one = new byte[1][];
        rewrite("modules/g:one.json", bytes -> one[0] = bytes);
        rewrite("modules/g:two.json", bytes -> one[0]);

        FileReportCache cache = open("v1");
        cache.beginModule("g:two");

        assertThat(lookup(cache, "m/src/A.java", D1)).isEmpty();
    }

    @Test
    void a_cache_written_under_another_key_is_ignored_whole_with_a_warning() throws Exception {
        saveTwoModules();

        CacheKey other = CacheKey.of("another key, sixteen bytes or more".getBytes(StandardCharsets.UTF_8));
        FileReportCache cache = FileReportCache.open(file(), CacheMode.READ_WRITE, "v1", other, CODEC, listener);
        cache.beginModule("g:one");

        assertThat(lookup(cache, "m/src/A.java", D1)).isEmpty();
        assertThat(warnings).singleElement().asString().contains("not written under this build's cache key");
    }

    @Test
    void a_cache_without_its_list_of_macs_is_ignored_whole() throws Exception {
        saveTwoModules();
        java.util.Map<String, byte[]> kept = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file().toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (!entry.getName().equals(FileReportCache.MACS)) {
                    kept.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
                }
            }
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file()))) {
            for (var entry : kept.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
            }
        }

        FileReportCache cache = open("v1");
        cache.beginModule("g:one");

        assertThat(lookup(cache, "m/src/A.java", D1)).isEmpty();
        assertThat(warnings).singleElement().asString().contains("not written under this build's cache key");
    }

    @Test
    void a_kept_analysis_edited_without_the_key_is_not_served() throws Exception {
        FileReportCache first = open("v1");
        first.beginModule("g:one");
        first.analysed("m/src/A.java", D1, PARSED);
        first.rememberReactor(
                "g:one\n", "key-1", "{\"verdict\": \"STRONG_CANDIDATE\"}".getBytes(StandardCharsets.UTF_8));
        first.save();
        String result = keptResult();
        rewrite(result, replacing("STRONG_CANDIDATE", "KEEP"));

        FileReportCache second = open("v1");

        assertThat(second.keptReactor("g:one\n")).isEmpty();
        second.reportRefusals();
        assertThat(warnings).singleElement().asString().contains(result + ": its MAC does not verify");
    }

    /** Entries that verify (a faulty writer holding the key) but are malformed, by what is wrong. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> malformed_entries() {
        String findings = "[[\"concurrency.locks\",3,\"lock.lock();\"]]";
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("findings null", findings, "null"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "an unknown signal", "\"concurrency.locks\"", "\"made.up\""),
                org.junit.jupiter.params.provider.Arguments.of("a line below 1", ",3,", ",-5,"),
                org.junit.jupiter.params.provider.Arguments.of("lines of code below 0", "\"loc\":12", "\"loc\":-1"),
                org.junit.jupiter.params.provider.Arguments.of("a fractional count", "\"loc\":12", "\"loc\":12.5"),
                org.junit.jupiter.params.provider.Arguments.of("a digest that is not one", D1, "d1"),
                // what the issue showed as "stamp: null", in this format's field for the same purpose
                org.junit.jupiter.params.provider.Arguments.of("a digest that is null", "\"" + D1 + "\"", "null"),
                org.junit.jupiter.params.provider.Arguments.of("findings missing", ",\"findings\":" + findings, ""),
                org.junit.jupiter.params.provider.Arguments.of(
                        "a report that is null", "{\"loc\"", "null,\"x\":{\"loc\""),
                org.junit.jupiter.params.provider.Arguments.of(
                        "an unknown field", "\"loc\":12", "\"loc\":12,\"extra\":1"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "a package that is not one", "\"package\":\"p\"", "\"package\":\"<script>\""));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("malformed_entries")
    void an_entry_that_verifies_but_is_malformed_is_ignored_with_a_warning_never_used_never_a_crash(
            String what, String from, String to) throws Exception {
        saveTwoModules();
        rewrite("modules/g:one.json", replacing(from, to), true);

        FileReportCache cache = open("v1");
        cache.beginModule("g:one");

        assertThat(lookup(cache, "m/src/A.java", D1)).as(what).isEmpty();
        cache.reportRefusals();
        assertThat(warnings).singleElement().asString().startsWith("rust-fit: ignored 1 entr");
    }

    @Test
    void modules_after_a_changed_module_keep_their_entries_for_the_next_run() throws Exception {
        FileReportCache first = open("v1");
        for (String module : List.of("g:one", "g:two", "g:three")) {
            first.beginModule(module);
            first.analysed(module + "/A.java", D1, PARSED);
        }
        first.save();
        FileReportCache second = open("v1");
        second.beginModule("g:one");
        second.analysed("g:one/A.java", D2, PARSED);
        for (String module : List.of("g:two", "g:three")) {
            second.beginModule(module);
            assertThat(lookup(second, module + "/A.java", D1)).isPresent();
        }
        second.save();

        FileReportCache third = open("v1");
        for (String module : List.of("g:two", "g:three")) {
            third.beginModule(module);
            assertThat(lookup(third, module + "/A.java", D1)).as(module).isPresent();
        }
    }

    @Test
    void a_read_only_cache_serves_what_it_holds_and_is_never_written() throws Exception {
        saveTwoModules();
        byte[] saved = Files.readAllBytes(file());

        FileReportCache cache = FileReportCache.open(file(), CacheMode.READ_ONLY, "v1", KEY, CODEC, listener);
        cache.beginModule("g:one");
        assertThat(lookup(cache, "m/src/A.java", D1)).contains(PARSED);
        cache.analysed("m/src/C.java", D3, PARSED);
        cache.rememberReactor("g:one\n", "key-2", new byte[] {'{', '}'});
        cache.save();

        assertThat(Files.readAllBytes(file())).isEqualTo(saved);
        try (var listing = Files.list(file().getParent())) {
            assertThat(listing).containsExactly(file());
        }
    }

    @Test
    void cache_mode_off_reads_and_writes_nothing() throws Exception {
        saveTwoModules();

        FileReportCache cache = FileReportCache.open(file(), CacheMode.OFF, "v1", KEY, CODEC, listener);

        assertThat(cache.enabled()).isFalse();
        assertThat(lookup(cache, "m/src/A.java", D1)).isEmpty();
    }
}
