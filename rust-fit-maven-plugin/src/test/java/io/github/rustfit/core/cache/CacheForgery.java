package io.github.rustfit.core.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites one entry of a saved cache and signs it again, as a faulty writer holding the key
 * would: the entry verifies, so only the cache's validation of what it holds stands between it
 * and a verdict.
 */
public final class CacheForgery {

    /**
     * Names the entry holding the analysis kept for reuse of a whole unchanged reactor, when the
     * cache keeps one only.
     */
    public static final String REACTOR_RESULT = FileReportCache.REACTORS + "*" + FileReportCache.REACTOR_RESULT;

    private CacheForgery() {}

    public static void resign(
            Path cacheFile, CacheKey key, String fingerprint, String entryName, UnaryOperator<String> change)
            throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(cacheFile.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        String name = entryName.equals(REACTOR_RESULT) ? theKeptResult(entries.keySet()) : entryName;
        String before = new String(entries.get(name), StandardCharsets.UTF_8);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalArgumentException("the forgery must change " + name);
        }
        byte[] changed = after.getBytes(StandardCharsets.UTF_8);
        entries.put(name, changed);
        String macs = new String(entries.remove(FileReportCache.MACS), StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.startsWith(name + " "))
                .collect(Collectors.joining("\n", "", "\n"));
        macs += name + " " + FileReportCache.mac(key, fingerprint, name, changed) + "\n";
        entries.put(FileReportCache.MACS, macs.getBytes(StandardCharsets.UTF_8));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(cacheFile))) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
            }
        }
    }

    /** The name of the one analysis the cache at {@code cacheFile} keeps. */
    public static String keptResult(Path cacheFile) throws IOException {
        try (ZipFile zip = new ZipFile(cacheFile.toFile())) {
            return theKeptResult(zip.stream().map(ZipEntry::getName).toList());
        }
    }

    private static String theKeptResult(java.util.Collection<String> names) {
        List<String> kept = names.stream()
                .filter(name ->
                        name.startsWith(FileReportCache.REACTORS) && name.endsWith(FileReportCache.REACTOR_RESULT))
                .toList();
        if (kept.size() != 1) {
            throw new IllegalArgumentException("the cache keeps " + kept.size() + " analyses, not one: " + kept);
        }
        return kept.get(0);
    }
}
