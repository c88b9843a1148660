package io.github.rustfit.core.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.file.FileReport;
import io.github.rustfit.core.file.FileReportCodec;
import io.github.rustfit.core.io.AtomicFiles;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What each source file contributed to an earlier analysis, keyed by its path and a digest of its
 * bytes and encoding, and the whole analysis of the reactor state that gave it.
 *
 * <p>The cache is input a later build trusts, and whoever can write it (a pull request whose build
 * shares a CI cache, say) must not be able to steer a verdict. So:
 *
 * <ul>
 *   <li>every entry carries an HMAC-SHA256 under a {@link CacheKey} kept outside the cache, over
 *       the entry's name, the cache's fingerprint and its bytes: an entry edited, moved to another
 *       module or copied from another cache does not verify, and is never used;
 *   <li>every file report is decoded strictly ({@link FileReportCodec}): an entry that is
 *       malformed, inconsistent or out of range is never used;
 *   <li>such entries are ignored with one warning per run, and the files they describe analysed
 *       again; nothing in a cache can fail a build;
 *   <li>{@link CacheMode#READ_ONLY} reads and never writes, for builds of untrusted code.
 * </ul>
 *
 * <p>The cache is one ZIP file with an entry per module, so a run holds only the module it is
 * analysing: {@link #beginModule} loads that module's earlier entries and streams the entries of
 * the module before it to the new cache, which replaces the old one atomically on {@link #save}.
 * Of the modules a run analyses, only the entries it used are saved, so deleted files drop out;
 * the entries of modules it did not analyse (a build of some modules, {@code -pl}) are carried
 * over from the earlier cache one module at a time, as they were and only if they verify, unless
 * the module is known to have left the project ({@link #projectModules}).
 *
 * <p>The analysis of a whole reactor is kept per set of modules ({@link #keptReactor}), the most
 * recently written first and at most {@value #KEPT_REACTORS} of them, so a build of some modules
 * neither replaces nor is served the analysis a build of all of them kept.
 */
public final class FileReportCache implements Closeable {

    /**
     * Version of the cache file format; a different one is rebuilt. 5: a file's report carries the
     * facts extraction plans are made of.
     */
    static final int FORMAT = 5;

    static final String IGNORED = "rust-fit: ignoring the analysis cache %s (%s); it will be rebuilt.";

    /**
     * Said once per run when entries were refused: how many, the first reason, and what follows.
     */
    static final String ENTRIES_REFUSED = "rust-fit: ignored %d entr%s of the analysis cache %s (%s); the files"
            + " they describe were analysed again. The cache is rebuilt from this run. If this repeats, the"
            + " cache is written by a build without the same key (see rustfit.cacheMode and "
            + CacheKey.ENVIRONMENT_VARIABLE + ").";

    /** The entry that says what wrote the cache. */
    static final String HEADER = "rust-fit-cache.txt";

    /** The MAC of every other entry, written last. */
    static final String MACS = "macs";

    /**
     * Where the analyses of whole reactors are kept: {@code reactor/<scope>/key}, what the reactor's
     * state was, and {@code reactor/<scope>/result.json}, the analysis it gave, where the scope
     * stands for the set of modules analysed.
     */
    static final String REACTORS = "reactor/";

    static final String REACTOR_KEY = "/key";

    static final String REACTOR_RESULT = "/result.json";

    /** How many sets of modules keep the analysis of their reactor. */
    static final int KEPT_REACTORS = 4;

    private static final Pattern KEPT_KEY = Pattern.compile("reactor/([0-9a-f]{16})/key");

    static final String MODULES = "modules/";

    /** How every ZIP file starts. */
    private static final String ZIP_MAGIC = "PK\u0003\u0004";
    /** A fixed entry time keeps the file's bytes a function of its content. */
    private static final long ENTRY_TIME = 946_684_800_000L;

    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

    /**
     * The mapper of module entries, made on first use: a run the kept analysis serves whole never
     * reads or writes one, and making a mapper is a tenth of a second of such a run.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder().build();
    }

    private final Optional<Path> file;
    private final CacheMode mode;
    private final String fingerprint;
    private final CacheKey key;
    private final FileReportCodec codec;
    private final AnalysisListener listener;
    private ZipFile earlier;
    private Map<String, String> earlierMacs = Map.of();

    private String module = "";
    private Map<String, Stored> previous = Map.of();
    private Map<String, Stored> current = new TreeMap<>();
    private boolean moduleChanged;
    /** Modules whose entries are exactly as the earlier cache holds them, not yet copied. */
    private final List<String> unchangedModules = new ArrayList<>();

    /** Every module this run analysed, and those of them whose entries are as they were. */
    private final Set<String> analysedModules = new HashSet<>();

    private final Set<String> unchanged = new HashSet<>();
    private Predicate<String> inProject = moduleKey -> true;
    private String reactorScope;
    private String reactorKey;
    private byte[] reactorResult;
    private boolean reactorUnchanged;
    private AtomicFiles.Pending pending;
    private ZipOutputStream output;
    private final Map<String, String> outputMacs = new TreeMap<>();
    private IOException writeFailure;
    private int hits;
    private int misses;
    private int refused;
    private String firstRefusal;

    private FileReportCache(
            Optional<Path> file,
            CacheMode mode,
            String fingerprint,
            CacheKey key,
            FileReportCodec codec,
            AnalysisListener listener) {
        this.file = file;
        this.mode = mode;
        this.fingerprint = fingerprint;
        this.key = key;
        this.codec = codec;
        this.listener = listener;
    }

    /** A cache that remembers nothing and writes nothing. */
    public static FileReportCache disabled() {
        return new FileReportCache(
                Optional.empty(),
                CacheMode.OFF,
                "",
                null,
                new FileReportCodec(java.util.Set.of()),
                AnalysisListener.SILENT);
    }

    /**
     * Opens the cache at {@code file}. Its entries are used only when it was written with the same
     * {@code fingerprint} (plugin build, language level, signals, limits) and they verify under
     * {@code key}; with {@link CacheMode#OFF} nothing is read or written.
     */
    public static FileReportCache open(
            Path file,
            CacheMode mode,
            String fingerprint,
            CacheKey key,
            FileReportCodec codec,
            AnalysisListener listener) {
        if (mode == CacheMode.OFF) {
            return disabled();
        }
        FileReportCache cache = new FileReportCache(Optional.of(file), mode, fingerprint, key, codec, listener);
        cache.openEarlier();
        cache.previous = cache.load(cache.module);
        return cache;
    }

    private void openEarlier() {
        Path path = file.orElseThrow();
        if (!Files.exists(path)) {
            return;
        }
        ZipFile zip = null;
        try {
            String start = start(path);
            if (!start.startsWith(ZIP_MAGIC)) {
                listener.warn(String.format(IGNORED, path, "not a rust-fit cache"));
                return;
            }
            zip = new ZipFile(path.toFile());
            ZipEntry header = zip.getEntry(HEADER);
            if (header == null) {
                listener.debug("rust-fit: the analysis cache has an older format; rebuilding it");
                zip.close();
                return;
            }
            byte[] stored = read(zip, header);
            if (!new String(stored, StandardCharsets.UTF_8).equals(header(fingerprint))) {
                listener.debug("rust-fit: the analysis cache was written by another plugin build or with other"
                        + " settings; rebuilding it");
                zip.close();
                return;
            }
            Map<String, String> macs = macs(zip);
            if (!verifies(HEADER, stored, macs)) {
                listener.warn(String.format(
                        IGNORED,
                        path,
                        "it was not written under this build's cache key, or was changed since"
                                + "; see rustfit.cacheMode and " + CacheKey.ENVIRONMENT_VARIABLE));
                zip.close();
                return;
            }
            earlier = zip;
            earlierMacs = macs;
        } catch (IOException | RuntimeException e) {
            closeQuietly(zip);
            listener.warn(String.format(IGNORED, path, "unreadable: " + firstLine(e.getMessage())));
        }
    }

    /** The MAC of each entry, as the cache lists them; empty when the list is missing or malformed. */
    private static Map<String, String> macs(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(MACS);
        if (entry == null) {
            return Map.of();
        }
        Map<String, String> macs = new HashMap<>();
        for (String line : new String(read(zip, entry), StandardCharsets.UTF_8).split("\n")) {
            int space = line.lastIndexOf(' ');
            if (space > 0) {
                macs.put(line.substring(0, space), line.substring(space + 1));
            }
        }
        return macs;
    }

    private static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    /** The first bytes of {@code file}, as Latin-1 so that any byte maps to one character. */
    private static String start(Path file) throws IOException {
        byte[] start = new byte[16];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        }
        return new String(start, 0, read, StandardCharsets.ISO_8859_1);
    }

    private String mac(String name, byte[] bytes) {
        return mac(key, fingerprint, name, bytes);
    }

    /** The MAC of an entry: its name, the cache's fingerprint and its bytes, under the key. */
    static String mac(CacheKey key, String fingerprint, String name, byte[] bytes) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
            hmac.update(name.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            hmac.update(fingerprint.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            hmac.update(bytes);
            return HexFormat.of().formatHex(hmac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JVM provides HmacSHA256", e);
        }
    }

    private boolean verifies(String name, byte[] bytes, Map<String, String> macs) {
        String stored = macs.get(name);
        return stored != null
                && MessageDigest.isEqual(
                        stored.getBytes(StandardCharsets.US_ASCII),
                        mac(name, bytes).getBytes(StandardCharsets.US_ASCII));
    }

    /** Counts an entry that was not used, keeping the first reason for the one warning of the run. */
    private void refuse(String entryName, String reason) {
        refused++;
        if (firstRefusal == null) {
            firstRefusal = entryName + ": " + reason;
        }
        listener.debug("rust-fit: cache entry " + entryName + " ignored: " + reason);
    }

    /** The reactor state an earlier run kept, and the analysis it gave, as stored and verified. */
    public record KeptReactor(String key, byte[] result) {}

    /**
     * The reactor state and analysis an earlier run over the same {@code scope} (the set of modules
     * analysed, however the caller spells it) kept, if any and if they verify. Changes nothing but
     * the count of refused entries, so it may run on another thread while the files are listed; a
     * read that fails, or that overlaps the cache's closing, gives empty.
     */
    public Optional<KeptReactor> keptReactor(String scope) {
        ZipFile zip = earlier;
        if (zip == null) {
            return Optional.empty();
        }
        try {
            Optional<KeptReactor> kept = kept(zip, slot(scope));
            if (kept == null) {
                synchronized (this) {
                    refuse(REACTORS + slot(scope) + REACTOR_RESULT, "its MAC does not verify");
                }
                return Optional.empty();
            }
            return kept;
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The analysis kept in {@code slot}; empty when there is none, null when it does not verify. */
    private Optional<KeptReactor> kept(ZipFile zip, String slot) throws IOException {
        String keyName = REACTORS + slot + REACTOR_KEY;
        String resultName = REACTORS + slot + REACTOR_RESULT;
        ZipEntry keyEntry = zip.getEntry(keyName);
        ZipEntry resultEntry = zip.getEntry(resultName);
        if (keyEntry == null || resultEntry == null) {
            return Optional.empty();
        }
        byte[] reactor = read(zip, keyEntry);
        byte[] result = read(zip, resultEntry);
        if (!verifies(keyName, reactor, earlierMacs) || !verifies(resultName, result, earlierMacs)) {
            return null;
        }
        return Optional.of(new KeptReactor(new String(reactor, StandardCharsets.UTF_8), result));
    }

    /** Where the analysis of {@code scope} is kept: a name of fixed length, whatever the scope. */
    private static String slot(String scope) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(scope.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }

    /** Records that the kept analysis serves this run whole: its {@code files} count as reused. */
    public void reuseReactor(int files) {
        reactorUnchanged = true;
        hits += files;
    }

    /**
     * Keeps the analysis of this run over {@code scope} with the reactor state it came from, for the
     * next run over the same scope; what runs over other scopes kept stays.
     */
    public void rememberReactor(String scope, String key, byte[] result) {
        this.reactorScope = slot(scope);
        this.reactorKey = key;
        this.reactorResult = result.clone();
    }

    /**
     * Says which modules are still part of the project, by module key: the entries of a module this
     * run did not analyse are dropped when it is not, and carried over otherwise. Without it, every
     * such module's entries are carried over.
     */
    public void projectModules(Predicate<String> moduleInProject) {
        this.inProject = moduleInProject;
    }

    /** Whether the earlier cache holds entries of the module {@code moduleKey}. */
    public boolean holdsModule(String moduleKey) {
        return earlier != null && earlier.getEntry(moduleEntry(moduleKey)) != null;
    }

    private static String moduleEntry(String moduleKey) {
        return MODULES + moduleKey + ".json";
    }

    /** The module key of a module entry's name, or null when the name is not one. */
    private static String moduleKey(String entryName) {
        return entryName.startsWith(MODULES) && entryName.endsWith(".json")
                ? entryName.substring(MODULES.length(), entryName.length() - ".json".length())
                : null;
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

    /**
     * A file's report as stored, with the digest of the bytes it describes. The report is encoded
     * again when its module is written: keeping the JSON tree as well would hold a whole module's
     * trees, many times the size of its reports, for as long as the module is analysed.
     */
    private record Stored(String digest, FileReport report) {}

    private Map<String, Stored> load(String moduleKey) {
        if (earlier == null) {
            return Map.of();
        }
        String name = moduleEntry(moduleKey);
        ZipEntry entry = earlier.getEntry(name);
        if (entry == null) {
            return Map.of();
        }
        byte[] bytes;
        try {
            bytes = read(earlier, entry);
        } catch (IOException | RuntimeException e) {
            refuse(name, "unreadable: " + firstLine(e.getMessage()));
            return Map.of();
        }
        if (!verifies(name, bytes, earlierMacs)) {
            refuse(name, "its MAC does not verify");
            return Map.of();
        }
        // one file's tree at a time: a module's trees together would outweigh its reports
        Map<String, Stored> entries = new HashMap<>();
        try (com.fasterxml.jackson.core.JsonParser json = Json.MAPPER.createParser(bytes)) {
            if (json.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                refuse(name, "not an object of file entries");
                return Map.of();
            }
            while (json.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String relativePath = json.currentName();
                json.nextToken();
                JsonNode node = Json.MAPPER.readTree(json);
                try {
                    entries.put(relativePath, stored(relativePath, node == null ? Json.MAPPER.nullNode() : node));
                } catch (FileReportCodec.Invalid e) {
                    refuse(name + "!" + relativePath, e.getMessage());
                }
            }
            if (json.currentToken() != com.fasterxml.jackson.core.JsonToken.END_OBJECT || json.nextToken() != null) {
                refuse(name, "not an object of file entries");
                return Map.of();
            }
        } catch (IOException | RuntimeException e) {
            refuse(name, "unreadable: " + firstLine(e.getMessage()));
            return Map.of();
        }
        return entries;
    }

    private Stored stored(String relativePath, JsonNode node) throws FileReportCodec.Invalid {
        if (!node.isObject() || node.size() != 2) {
            throw new FileReportCodec.Invalid("an entry must hold a digest and a report");
        }
        JsonNode digest = node.get("digest");
        if (digest == null
                || !digest.isTextual()
                || !DIGEST.matcher(digest.asText()).matches()) {
            throw new FileReportCodec.Invalid("an entry's digest must be 64 lower-case hex digits");
        }
        JsonNode report = node.get("report");
        return new Stored(digest.asText(), codec.fromTree(report, relativePath));
    }

    /**
     * Writes the current module's entries to the new cache, unless writing failed before. A module
     * whose entries are all as they were is not written yet: if no module changed, the earlier
     * cache stays as it is and nothing is written at all.
     */
    private void flush() {
        analysedModules.add(module);
        boolean asItWas = !moduleChanged && current.size() == previous.size();
        if (asItWas && !current.isEmpty()) {
            unchangedModules.add(module);
            unchanged.add(module);
            if (output != null) {
                // the new cache is being written already: this module goes in as it was
                writeGuarded(this::copyUnchanged);
            }
        } else if (!current.isEmpty()) {
            writeGuarded(() -> {
                // streamed report by report: a module's trees together would outweigh its reports
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                try (com.fasterxml.jackson.core.JsonGenerator json = Json.MAPPER.createGenerator(bytes)) {
                    json.writeStartObject();
                    for (Map.Entry<String, Stored> entry : current.entrySet()) {
                        json.writeObjectFieldStart(entry.getKey());
                        json.writeStringField("digest", entry.getValue().digest());
                        json.writeFieldName("report");
                        codec.write(entry.getValue().report(), json);
                        json.writeEndObject();
                    }
                    json.writeEndObject();
                }
                write(moduleEntry(module), bytes.toByteArray());
            });
        }
        current = new TreeMap<>();
        moduleChanged = false;
    }

    private interface Write {
        void run() throws IOException;
    }

    /** Writes to the new cache unless it is read-only or a write failed before. */
    private void writeGuarded(Write write) {
        if (mode != CacheMode.READ_WRITE || writeFailure != null) {
            return;
        }
        try {
            output();
            write.run();
        } catch (IOException e) {
            writeFailure = e;
        }
    }

    private void write(String name, byte[] bytes) throws IOException {
        output.putNextEntry(entry(name));
        output.write(bytes);
        output.closeEntry();
        outputMacs.put(name, mac(name, bytes));
    }

    /** Whether the earlier cache already holds exactly what this run would write. */
    private boolean earlierIsCurrent() {
        return reactorUnchanged
                || (output == null && earlier != null && modulesKeptAsTheyWere() && reactorKeptAsItWas());
    }

    /**
     * Whether every module entry of the earlier cache stays as it is: the module was analysed and
     * found unchanged, or was not analysed and is still part of the project.
     */
    private boolean modulesKeptAsTheyWere() {
        return earlier.stream()
                .map(entry -> moduleKey(entry.getName()))
                .filter(Objects::nonNull)
                .allMatch(key -> analysedModules.contains(key) ? unchanged.contains(key) : inProject.test(key));
    }

    /** Whether the earlier cache already holds this run's kept analysis (or there is none to keep). */
    private boolean reactorKeptAsItWas() {
        if (reactorKey == null) {
            return true;
        }
        try {
            Optional<KeptReactor> kept = kept(earlier, reactorScope);
            return kept != null
                    && kept.isPresent()
                    && reactorKey.equals(kept.get().key())
                    && Arrays.equals(reactorResult, kept.get().result());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Copies, one at a time, the entries of the modules this run did not analyse that are still
     * part of the project, as they are and only if they verify: an entry this run cannot vouch for
     * is never signed again.
     */
    private void carryOverModules() throws IOException {
        if (earlier == null) {
            return;
        }
        for (ZipEntry entry : Collections.list(earlier.entries())) {
            String key = moduleKey(entry.getName());
            if (key == null || analysedModules.contains(key)) {
                continue;
            }
            if (!inProject.test(key)) {
                listener.debug("rust-fit: dropping the cache entries of " + key + ", no longer in the project");
                continue;
            }
            byte[] bytes = read(earlier, entry);
            if (verifies(entry.getName(), bytes, earlierMacs)) {
                write(entry.getName(), bytes);
            } else {
                listener.debug(
                        "rust-fit: not carrying over cache entry " + entry.getName() + ": its MAC does not verify");
            }
        }
    }

    /**
     * Copies the analyses earlier runs over other sets of modules kept, most recent first, as long
     * as they verify and there is room.
     */
    private void carryOverReactors(int room) throws IOException {
        if (earlier == null) {
            return;
        }
        int left = room;
        for (ZipEntry entry : Collections.list(earlier.entries())) {
            Matcher slot = KEPT_KEY.matcher(entry.getName());
            if (left == 0) {
                return;
            }
            if (!slot.matches() || slot.group(1).equals(reactorScope)) {
                continue;
            }
            Optional<KeptReactor> kept = kept(earlier, slot.group(1));
            if (kept == null || kept.isEmpty()) {
                listener.debug("rust-fit: not carrying over the analysis kept in " + entry.getName()
                        + ": it is incomplete or its MAC does not verify");
                continue;
            }
            writeKept(slot.group(1), kept.get().key(), kept.get().result());
            left--;
        }
    }

    private void writeKept(String slot, String key, byte[] result) throws IOException {
        write(REACTORS + slot + REACTOR_KEY, key.getBytes(StandardCharsets.UTF_8));
        write(REACTORS + slot + REACTOR_RESULT, result);
    }

    private void output() throws IOException {
        if (output == null) {
            pending = AtomicFiles.begin(file.orElseThrow());
            output = new ZipOutputStream(pending.stream(), StandardCharsets.UTF_8);
            output.setLevel(Deflater.BEST_SPEED);
            write(HEADER, header(fingerprint).getBytes(StandardCharsets.UTF_8));
            copyUnchanged();
        }
    }

    /** Copies the entries of the modules that did not change from the earlier cache. */
    private void copyUnchanged() throws IOException {
        for (String key : unchangedModules) {
            String name = moduleEntry(key);
            write(name, read(earlier, earlier.getEntry(name)));
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
     * The earlier report of {@code relativePath}, if its bytes (by {@code digest}) have not changed
     * since. Only reads, so worker threads may ask while the current module's files are analysed.
     */
    public Optional<FileReport> sameBytes(String relativePath, String digest) {
        Stored stored = previous.get(relativePath);
        return stored != null && stored.digest().equals(digest) ? Optional.of(stored.report()) : Optional.empty();
    }

    /** Remembers that the earlier report of {@code relativePath} was reused. */
    public void reused(String relativePath) {
        Stored stored = previous.get(relativePath);
        if (enabled() && stored != null) {
            hits++;
            current.put(relativePath, stored);
        }
    }

    /** Remembers the report of a file that had to be analysed. */
    public void analysed(String relativePath, String digest, FileReport report) {
        if (enabled()) {
            misses++;
            current.put(relativePath, new Stored(digest, report));
            moduleChanged = true;
        }
    }

    /** Files whose earlier report was reused in this run. */
    public int hits() {
        return hits;
    }

    /** Files that had to be analysed in this run. */
    public int misses() {
        return misses;
    }

    /**
     * Says, once, how many entries were refused (unauthenticated, malformed or inconsistent), if
     * any were.
     */
    public void reportRefusals() {
        if (refused > 0) {
            listener.warn(String.format(
                    Locale.ROOT,
                    ENTRIES_REFUSED,
                    refused,
                    refused == 1 ? "y" : "ies",
                    file.orElseThrow(),
                    firstRefusal));
        }
    }

    /**
     * Writes the entries of this run and replaces the earlier cache with them in one step. A
     * read-only cache is left as it is.
     *
     * @throws IOException when the new cache could not be written; the earlier one is then left
     *     as it was
     */
    public void save() throws IOException {
        if (!enabled()) {
            return;
        }
        flush();
        if (mode != CacheMode.READ_WRITE || earlierIsCurrent()) {
            close();
            return;
        }
        writeGuarded(() -> {
            carryOverModules();
            if (reactorKey != null) {
                writeKept(reactorScope, reactorKey, reactorResult);
            }
            carryOverReactors(reactorKey != null ? KEPT_REACTORS - 1 : KEPT_REACTORS);
            StringBuilder macs = new StringBuilder();
            outputMacs.forEach(
                    (name, mac) -> macs.append(name).append(' ').append(mac).append('\n'));
            output.putNextEntry(entry(MACS));
            output.write(macs.toString().getBytes(StandardCharsets.UTF_8));
            output.closeEntry();
            output.finish();
        });
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
}
