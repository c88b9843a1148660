package io.github.rustfit.core.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.rustfit.core.analysis.AnalysisListener;
import io.github.rustfit.core.analysis.FileReport;
import io.github.rustfit.core.io.AtomicFiles;
import io.github.rustfit.core.result.ParseProblem;
import io.github.rustfit.core.signals.Finding;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What each source file contributed to an earlier analysis, keyed by its path and a digest of its
 * bytes and encoding. A file whose size, modification time and encoding are unchanged is taken as
 * unchanged without being read, as build tools do; any other file is read and compared by digest. A cache written with other settings, by another plugin build, or that cannot
 * be read is never trusted: it is ignored (with a warning when it is not a cache at all) and
 * rebuilt. Only entries used by the current run are saved, so deleted files drop out.
 */
public final class FileReportCache {

    /** Version of the cache file format; a different one is ignored. */
    static final int FORMAT = 2;

    static final String IGNORED = "rust-fit: ignoring the analysis cache %s (%s); it will be rebuilt.";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Optional<Path> file;
    private final String fingerprint;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new TreeMap<>();
    private int hits;
    private int misses;

    private FileReportCache(Optional<Path> file, String fingerprint, Map<String, Entry> previous) {
        this.file = file;
        this.fingerprint = fingerprint;
        this.previous = previous;
    }

    /** A cache that remembers nothing and writes nothing. */
    public static FileReportCache disabled() {
        return new FileReportCache(Optional.empty(), "", Map.of());
    }

    /**
     * Opens the cache at {@code file}. Its entries are used only when it was written with the
     * same {@code fingerprint} (plugin build, language level, signals).
     */
    public static FileReportCache open(Path file, String fingerprint, AnalysisListener listener) {
        if (!Files.exists(file)) {
            return new FileReportCache(Optional.of(file), fingerprint, Map.of());
        }
        try {
            Stored stored = MAPPER.readValue(file.toFile(), Stored.class);
            if (stored.fingerprint() == null || stored.files() == null) {
                listener.warn(String.format(IGNORED, file, "not a rust-fit cache of format " + FORMAT));
                return new FileReportCache(Optional.of(file), fingerprint, Map.of());
            }
            if (stored.format() != FORMAT || !stored.fingerprint().equals(fingerprint)) {
                listener.debug("rust-fit: the analysis cache was written by another plugin build or with other"
                        + " settings; rebuilding it");
                return new FileReportCache(Optional.of(file), fingerprint, Map.of());
            }
            return new FileReportCache(Optional.of(file), fingerprint, stored.files());
        } catch (IOException | RuntimeException e) {
            listener.warn(String.format(IGNORED, file, "unreadable: " + firstLine(e.getMessage())));
            return new FileReportCache(Optional.of(file), fingerprint, Map.of());
        }
    }

    /** A digest of a file's bytes together with the encoding they are read in. */
    public static String digest(byte[] bytes, Charset charset) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(charset.name().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(bytes);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }

    public boolean enabled() {
        return file.isPresent();
    }

    /**
     * The earlier report of {@code relativePath} when the file's size, modification time and
     * encoding are what they were: the file need not even be read.
     */
    public Optional<FileReport> lookup(String relativePath, FileStamp stamp) {
        Entry entry = previous.get(relativePath);
        if (entry == null || !stamp.equals(entry.stamp())) {
            return Optional.empty();
        }
        hits++;
        current.put(relativePath, entry);
        return Optional.of(entry.toReport(relativePath));
    }

    /** The earlier report of {@code relativePath}, if its bytes have not changed since. */
    public Optional<FileReport> lookup(String relativePath, String digest, FileStamp stamp) {
        Entry entry = previous.get(relativePath);
        if (entry == null || !entry.digest().equals(digest)) {
            misses++;
            return Optional.empty();
        }
        hits++;
        // same bytes under a new time (a checkout, a touch): remember the new stamp
        current.put(relativePath, entry.withStamp(stamp));
        return Optional.of(entry.toReport(relativePath));
    }

    /** Remembers the report of a file just analysed. */
    public void store(String relativePath, String digest, FileStamp stamp, FileReport report) {
        if (enabled()) {
            current.put(relativePath, Entry.of(digest, stamp, report));
        }
    }

    /**
     * What identifies a file's state without reading it.
     *
     * @param size its length in bytes
     * @param modified its modification time, in milliseconds
     * @param charset the encoding it is read in
     */
    public record FileStamp(long size, long modified, String charset) {}

    /** Files whose earlier report was reused in this run. */
    public int hits() {
        return hits;
    }

    /** Files that had to be analysed in this run. */
    public int misses() {
        return misses;
    }

    /** Writes the entries of this run atomically. */
    public void save() throws IOException {
        if (file.isPresent()) {
            AtomicFiles.write(file.get(), MAPPER.writeValueAsBytes(new Stored(FORMAT, fingerprint, current)));
        }
    }

    private static String firstLine(String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse("no detail");
    }

    /** The file as stored. */
    record Stored(int format, String fingerprint, Map<String, Entry> files) {}

    /** One finding as stored: signal, line, snippet. */
    record StoredFinding(String signal, int line, String snippet) {}

    /** One file as stored; {@code problem} and {@code malformedLine} may be null. */
    record Entry(
            String digest,
            FileStamp stamp,
            int linesOfCode,
            String packageName,
            List<StoredFinding> findings,
            ParseProblem problem,
            Integer malformedLine) {

        static Entry of(String digest, FileStamp stamp, FileReport report) {
            return new Entry(
                    digest,
                    stamp,
                    report.linesOfCode(),
                    report.packageName(),
                    report.findings().stream()
                            .map(f -> new StoredFinding(f.signalId(), f.line(), f.snippet()))
                            .toList(),
                    report.problem().orElse(null),
                    report.malformedLine().orElse(null));
        }

        Entry withStamp(FileStamp newStamp) {
            return new Entry(digest, newStamp, linesOfCode, packageName, findings, problem, malformedLine);
        }

        FileReport toReport(String relativePath) {
            return new FileReport(
                    relativePath,
                    linesOfCode,
                    packageName,
                    findings.stream()
                            .map(f -> new Finding(f.signal(), f.line(), f.snippet()))
                            .toList(),
                    Optional.ofNullable(problem),
                    Optional.ofNullable(malformedLine));
        }
    }
}
