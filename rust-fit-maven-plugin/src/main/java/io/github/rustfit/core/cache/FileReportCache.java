package io.github.rustfit.core.cache;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.rustfit.core.analysis.AnalysisListener;
import io.github.rustfit.core.analysis.FileReport;
import io.github.rustfit.core.io.AtomicFiles;
import io.github.rustfit.core.result.ParseProblem;
import io.github.rustfit.core.signals.Finding;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * What each source file contributed to an earlier analysis, keyed by its path and a digest of its
 * bytes and encoding. A file whose size, modification time and encoding are unchanged is taken as
 * unchanged without being read, as build tools do; any other file is read and compared by digest.
 * A cache written with other settings, by another plugin build, or that cannot be read is never
 * trusted: it is ignored (with a warning when it is not a cache at all) and rebuilt.
 *
 * <p>The cache is one ZIP file with an entry per module, so a run holds only the module it is
 * analysing: {@link #beginModule} loads that module's earlier entries and streams the entries of
 * the module before it to the new cache, which replaces the old one atomically on {@link #save}.
 * Only entries used by the current run are saved, so deleted files drop out.
 */
public final class FileReportCache implements Closeable {

    /** Version of the cache file format; a different one is ignored. */
    static final int FORMAT = 3;

    static final String IGNORED = "rust-fit: ignoring the analysis cache %s (%s); it will be rebuilt.";

    /** The entry that says what wrote the cache. */
    static final String HEADER = "rust-fit-cache.json";

    /** What the reactor's state was when the cache was written, and the analysis it gave. */
    static final String REACTOR_KEY = "reactor/key";

    static final String REACTOR_RESULT = "reactor/result.json";

    private static final String MODULES = "modules/";
    /** How every ZIP file starts. */
    private static final String ZIP_MAGIC = "PK\u0003\u0004";
    /** A fixed entry time keeps the file's bytes a function of its content. */
    private static final long ENTRY_TIME = 946_684_800_000L;

    /** Built on first use: a run that reuses the whole earlier analysis never needs it. */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .build();
    }

    private static final TypeReference<Map<String, Entry>> ENTRIES = new TypeReference<>() {};

    private final Optional<Path> file;
    private final String fingerprint;
    private final AnalysisListener listener;
    private final ZipFile earlier;
    private String module = "";
    private Map<String, Entry> previous = Map.of();
    private Map<String, Entry> current = new TreeMap<>();
    private boolean moduleChanged;
    /** Modules whose entries are exactly as the earlier cache holds them, not yet copied. */
    private final List<String> unchangedModules = new ArrayList<>();

    private final int earlierModules;
    private int unchangedSeen;
    private String reactorKey;
    private byte[] reactorResult;
    private boolean reactorUnchanged;
    private AtomicFiles.Pending pending;
    private ZipOutputStream output;
    private IOException writeFailure;
    private int hits;
    private int misses;

    private FileReportCache(Optional<Path> file, String fingerprint, AnalysisListener listener, ZipFile earlier) {
        this.file = file;
        this.fingerprint = fingerprint;
        this.listener = listener;
        this.earlier = earlier;
        this.earlierModules = earlier == null
                ? 0
                : (int) earlier.stream()
                        .filter(entry -> entry.getName().startsWith(MODULES))
                        .count();
        this.previous = load(module);
    }

    /** A cache that remembers nothing and writes nothing. */
    public static FileReportCache disabled() {
        return new FileReportCache(Optional.empty(), "", AnalysisListener.SILENT, null);
    }

    /**
     * Opens the cache at {@code file}. Its entries are used only when it was written with the
     * same {@code fingerprint} (plugin build, language level, signals).
     */
    public static FileReportCache open(Path file, String fingerprint, AnalysisListener listener) {
        return new FileReportCache(Optional.of(file), fingerprint, listener, openEarlier(file, fingerprint, listener));
    }

    private static ZipFile openEarlier(Path file, String fingerprint, AnalysisListener listener) {
        if (!Files.exists(file)) {
            return null;
        }
        ZipFile zip = null;
        try {
            String start = start(file);
            if (start.startsWith("{") && start.contains("\"fingerprint\"")) {
                // formats 1 and 2 were one JSON document
                listener.debug("rust-fit: the analysis cache has an older format; rebuilding it");
                return null;
            }
            if (!start.startsWith(ZIP_MAGIC)) {
                listener.warn(String.format(IGNORED, file, "not a rust-fit cache of format " + FORMAT));
                return null;
            }
            zip = new ZipFile(file.toFile());
            ZipEntry header = zip.getEntry(HEADER);
            if (header == null) {
                listener.warn(String.format(IGNORED, file, "not a rust-fit cache of format " + FORMAT));
                zip.close();
                return null;
            }
            String stored;
            try (InputStream in = zip.getInputStream(header)) {
                stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!stored.equals(header(fingerprint))) {
                listener.debug("rust-fit: the analysis cache was written by another plugin build or with other"
                        + " settings; rebuilding it");
                zip.close();
                return null;
            }
            return zip;
        } catch (IOException | RuntimeException e) {
            closeQuietly(zip);
            listener.warn(String.format(IGNORED, file, "unreadable: " + firstLine(e.getMessage())));
            return null;
        }
    }

    /** The first bytes of {@code file}, as Latin-1 so that any byte maps to one character. */
    private static String start(Path file) throws IOException {
        byte[] start = new byte[256];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        }
        return new String(start, 0, read, StandardCharsets.ISO_8859_1).stripLeading();
    }

    /** The reactor state an earlier run kept, and the analysis it gave, as stored. */
    public record KeptReactor(String key, byte[] result) {}

    /**
     * The reactor state and analysis the earlier run kept, if any. Changes nothing, so it may run
     * on another thread while this cache is used, to have the analysis ready when the reactor turns
     * out unchanged; a read that fails, or that overlaps the cache's closing, gives empty.
     */
    public Optional<KeptReactor> keptReactor() {
        if (earlier == null) {
            return Optional.empty();
        }
        try {
            ZipEntry keyEntry = earlier.getEntry(REACTOR_KEY);
            ZipEntry resultEntry = earlier.getEntry(REACTOR_RESULT);
            if (keyEntry == null || resultEntry == null) {
                return Optional.empty();
            }
            String key;
            try (InputStream in = earlier.getInputStream(keyEntry)) {
                key = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            try (InputStream in = earlier.getInputStream(resultEntry)) {
                return Optional.of(new KeptReactor(key, in.readAllBytes()));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Records that the kept analysis serves this run whole: its {@code files} count as reused,
     * and the cache file is kept as it is.
     */
    public void reuseReactor(int files) {
        reactorUnchanged = true;
        hits += files;
    }

    /**
     * Keeps the analysis of this run with the reactor state it came from, for {@link
     * #unchangedReactor} in the next run.
     */
    public void rememberReactor(String key, byte[] result) {
        this.reactorKey = key;
        this.reactorResult = result.clone();
    }

    /** Whether the earlier cache holds entries of the module {@code moduleKey}. */
    public boolean holdsModule(String moduleKey) {
        return earlier != null && earlier.getEntry(MODULES + moduleKey + ".json") != null;
    }

    /**
     * Moves on to the files of another module: the entries of the module before are written to the
     * new cache and dropped from memory, and this module's earlier entries are loaded.
     *
     * @param moduleKey identifies the module (its group and artifact id)
     */
    public void beginModule(String moduleKey) {
        if (!enabled()) {
            return;
        }
        flush();
        module = moduleKey;
        previous = load(moduleKey);
    }

    private Map<String, Entry> load(String moduleKey) {
        if (earlier == null) {
            return Map.of();
        }
        ZipEntry entry = earlier.getEntry(MODULES + moduleKey + ".json");
        if (entry == null) {
            return Map.of();
        }
        try (InputStream in = earlier.getInputStream(entry)) {
            return Json.MAPPER.readValue(in, ENTRIES);
        } catch (IOException | RuntimeException e) {
            listener.warn(String.format(
                    IGNORED, file.orElseThrow() + "!" + entry.getName(), "unreadable: " + firstLine(e.getMessage())));
            return Map.of();
        }
    }

    /**
     * Writes the current module's entries to the new cache, unless writing failed before. A module
     * whose entries are all as they were is not written yet: if no module changed, the earlier
     * cache stays as it is and nothing is written at all.
     */
    private void flush() {
        boolean unchanged = !moduleChanged && current.size() == previous.size();
        if (unchanged && !current.isEmpty()) {
            unchangedModules.add(module);
            unchangedSeen++;
        } else if (!current.isEmpty() && writeFailure == null) {
            try {
                ZipOutputStream zip = output();
                zip.putNextEntry(entry(MODULES + module + ".json"));
                Json.MAPPER.writeValue(zip, current);
                zip.closeEntry();
            } catch (IOException e) {
                writeFailure = e;
            }
        }
        current = new TreeMap<>();
        moduleChanged = false;
    }

    /** Whether the earlier cache already holds exactly what this run would write. */
    private boolean earlierIsCurrent() {
        return reactorUnchanged
                || (output == null && earlier != null && unchangedSeen == earlierModules && reactorKeptAsItWas());
    }

    /** Whether the earlier cache already holds this run's reactor key (or there is none to keep). */
    private boolean reactorKeptAsItWas() {
        if (reactorKey == null) {
            return earlier.getEntry(REACTOR_KEY) == null;
        }
        ZipEntry keyEntry = earlier.getEntry(REACTOR_KEY);
        if (keyEntry == null) {
            return false;
        }
        try (InputStream in = earlier.getInputStream(keyEntry)) {
            return reactorKey.equals(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    private ZipOutputStream output() throws IOException {
        if (output == null) {
            pending = AtomicFiles.begin(file.orElseThrow());
            output = new ZipOutputStream(pending.stream(), StandardCharsets.UTF_8);
            output.setLevel(Deflater.BEST_SPEED);
            output.putNextEntry(entry(HEADER));
            output.write(header(fingerprint).getBytes(StandardCharsets.UTF_8));
            output.closeEntry();
            copyUnchanged();
        }
        return output;
    }

    /** Copies the entries of the modules that did not change from the earlier cache. */
    private void copyUnchanged() throws IOException {
        for (String key : unchangedModules) {
            ZipEntry entry = earlier.getEntry(MODULES + key + ".json");
            output.putNextEntry(entry(entry.getName()));
            try (InputStream in = earlier.getInputStream(entry)) {
                in.transferTo(output);
            }
            output.closeEntry();
        }
        unchangedModules.clear();
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        return entry;
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
     * encoding are what they were: the file need not even be read. Only reads, so worker threads
     * may ask while the current module's files are analysed.
     */
    public Optional<FileReport> unchanged(String relativePath, FileStamp stamp) {
        Entry entry = previous.get(relativePath);
        return entry != null && stamp.equals(entry.stamp())
                ? Optional.of(entry.toReport(relativePath))
                : Optional.empty();
    }

    /**
     * The earlier report of {@code relativePath}, if its bytes have not changed since. Only reads,
     * like {@link #unchanged}.
     */
    public Optional<FileReport> sameBytes(String relativePath, String digest) {
        Entry entry = previous.get(relativePath);
        return entry != null && entry.digest().equals(digest)
                ? Optional.of(entry.toReport(relativePath))
                : Optional.empty();
    }

    /**
     * Remembers that the earlier report of {@code relativePath} was reused, under the file's
     * current stamp (the same bytes may carry a new time after a checkout or a touch).
     */
    public void reused(String relativePath, FileStamp stamp) {
        Entry entry = previous.get(relativePath);
        if (enabled() && entry != null) {
            hits++;
            if (entry.stamp().equals(stamp)) {
                current.put(relativePath, entry);
            } else {
                current.put(relativePath, entry.withStamp(stamp));
                moduleChanged = true;
            }
        }
    }

    /** Remembers the report of a file that had to be analysed. */
    public void analysed(String relativePath, String digest, FileStamp stamp, FileReport report) {
        if (enabled()) {
            misses++;
            current.put(relativePath, Entry.of(digest, stamp, report));
            moduleChanged = true;
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

    /**
     * Writes the entries of this run and replaces the earlier cache with them in one step.
     *
     * @throws IOException when the new cache could not be written; the earlier one is then left
     *     as it was
     */
    public void save() throws IOException {
        if (!enabled()) {
            return;
        }
        flush();
        if (earlierIsCurrent()) {
            closeQuietly(earlier);
            return;
        }
        if (writeFailure == null) {
            try {
                ZipOutputStream zip = output();
                if (reactorKey != null) {
                    zip.putNextEntry(entry(REACTOR_KEY));
                    zip.write(reactorKey.getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                    zip.putNextEntry(entry(REACTOR_RESULT));
                    zip.write(reactorResult);
                    zip.closeEntry();
                }
                zip.finish();
            } catch (IOException e) {
                writeFailure = e;
            }
        }
        if (writeFailure != null) {
            close();
            throw writeFailure;
        }
        closeQuietly(earlier);
        pending.commit();
    }

    /** Releases the earlier cache and drops a new one that was not saved. */
    @Override
    public void close() {
        closeQuietly(earlier);
        closeQuietly(pending);
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            // only read from: nothing is lost
        }
    }

    private static String firstLine(String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse("no detail");
    }

    /**
     * What wrote the cache: the format and the fingerprint, as plain lines, so that recognising a
     * cache needs no JSON machinery.
     */
    static String header(String fingerprint) {
        return "rust-fit analysis cache\nformat=" + FORMAT + "\nfingerprint=" + fingerprint + "\n";
    }

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
