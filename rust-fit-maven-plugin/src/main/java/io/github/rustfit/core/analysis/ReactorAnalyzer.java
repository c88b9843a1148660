package io.github.rustfit.core.analysis;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import io.github.rustfit.core.cache.FileReportCache;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.fork.ForkMode;
import io.github.rustfit.core.fork.Launch;
import io.github.rustfit.core.fork.ParsingProcess;
import io.github.rustfit.core.parse.LanguageLevels;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.Evidence;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ResultFiles;
import io.github.rustfit.core.result.RunSettings;
import io.github.rustfit.core.result.Summary;
import io.github.rustfit.core.signals.ModuleFacts;
import io.github.rustfit.core.signals.ModuleSignal;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.SignalRegistry;
import io.github.rustfit.core.signals.role.PackagingModules;
import io.github.rustfit.core.source.SourceFiles;
import io.github.rustfit.core.source.SourceRoot;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Analyses a whole reactor in one pass: every module's sources are parsed once by one parser (so
 * the parser's warm-up is paid once), then each module is judged with the reactor's dependency
 * graph in view.
 */
public final class ReactorAnalyzer {

    /** The tool name recorded in results. */
    public static final String TOOL = "rust-fit-maven-plugin";

    private static final long PROGRESS_INTERVAL_NANOS = 10_000_000_000L;

    private final List<Signal> fileSignals;
    private final List<ModuleSignal> moduleSignals;
    private final int threads;
    private final boolean quickCompilation;
    private final ForkMode forkMode;
    private final Supplier<Launch> launch;

    /** An analyzer applying every registered signal, on the calling thread. */
    public ReactorAnalyzer() {
        this(SignalRegistry.fileSignals(), SignalRegistry.moduleSignals());
    }

    /** An analyzer applying the given signals (which must be stateless), on the calling thread. */
    public ReactorAnalyzer(List<Signal> fileSignals, List<ModuleSignal> moduleSignals) {
        this(fileSignals, moduleSignals, 1, false, ForkMode.NEVER, () -> Launch.likeThisJvm(List.of()));
    }

    private ReactorAnalyzer(
            List<Signal> fileSignals,
            List<ModuleSignal> moduleSignals,
            int threads,
            boolean quickCompilation,
            ForkMode forkMode,
            Supplier<Launch> launch) {
        this.fileSignals = List.copyOf(fileSignals);
        this.moduleSignals = List.copyOf(moduleSignals);
        this.threads = threads;
        this.quickCompilation = quickCompilation;
        this.forkMode = forkMode;
        this.launch = launch;
    }

    /**
     * This analyzer, parsing in a separate JVM when {@code mode} says so (see {@link
     * ParsingProcess}), started as {@code launch} says. Only the registered file signals can be
     * applied there; an analyzer with other signals always parses in this JVM. The result is the
     * same either way.
     */
    public ReactorAnalyzer withFork(ForkMode mode, Supplier<Launch> launch) {
        return new ReactorAnalyzer(fileSignals, moduleSignals, threads, quickCompilation, mode, launch);
    }

    /**
     * This analyzer, asking HotSpot while files are parsed to compile the parser's and the
     * plugin's own code with its quick compiler only (see {@link QuickCompilation}).
     */
    public ReactorAnalyzer withQuickCompilation(boolean quick) {
        return new ReactorAnalyzer(fileSignals, moduleSignals, threads, quick, forkMode, launch);
    }

    /**
     * This analyzer, parsing up to {@code threads} files at once. The result is the same for any
     * number of threads.
     *
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public ReactorAnalyzer withThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        return new ReactorAnalyzer(fileSignals, moduleSignals, threads, quickCompilation, forkMode, launch);
    }

    /**
     * Runs the analysis.
     *
     * @throws IllegalArgumentException when the request's language level is unknown
     */
    public AnalysisResult analyze(AnalysisRequest request, AnalysisListener listener) {
        return analyze(request, listener, FileReportCache.disabled());
    }

    /**
     * What a cache must have been written with to be reused: the plugin build, the language level
     * and the signals. Encodings are part of each file's digest.
     *
     * @param buildIdentity identifies the plugin build (its version, and for snapshots its jar)
     */
    public String cacheFingerprint(AnalysisRequest request, String buildIdentity) {
        StringBuilder fingerprint = new StringBuilder(buildIdentity)
                .append('|')
                .append(LanguageLevels.resolve(request.languageLevel()).name());
        fileSignals.forEach(signal -> fingerprint.append('|').append(signal.id()));
        return fingerprint.toString();
    }

    /**
     * Runs the analysis with a cache: when the request and every file's size and time are as they
     * were, the earlier result is returned whole; otherwise the reports of files whose bytes have
     * not changed are reused. The cache is saved afterwards.
     *
     * @throws IllegalArgumentException when the request's language level is unknown
     */
    public AnalysisResult analyze(AnalysisRequest request, AnalysisListener listener, FileReportCache cache) {
        try (cache) {
            return run(request, listener, cache);
        }
    }

    private AnalysisResult run(AnalysisRequest request, AnalysisListener listener, FileReportCache cache) {
        LanguageLevel level = LanguageLevels.resolve(request.languageLevel());
        Map<String, ModuleAssembler.SignalInfo> infos = new HashMap<>();
        fileSignals.forEach(
                s -> infos.put(s.id(), new ModuleAssembler.SignalInfo(s.id(), s.criterion(), s.description())));
        moduleSignals.forEach(
                s -> infos.put(s.id(), new ModuleAssembler.SignalInfo(s.id(), s.criterion(), s.description())));
        ModuleAssembler assembler = new ModuleAssembler(infos, request.maxEvidencePerSignal());
        Path root = request.executionRoot().toAbsolutePath().normalize();

        // the earlier analysis is read and decoded while the files are listed and stamped: when the
        // reactor turns out unchanged, that is most of what is left to do
        FutureTask<Optional<Kept>> kept = new FutureTask<>(() -> kept(cache));
        if (cache.enabled()) {
            Thread reader = new Thread(kept, "rust-fit-kept-analysis");
            reader.setDaemon(true);
            reader.start();
        }

        List<Scan> scans = new ArrayList<>();
        int totalFiles = 0;
        for (ModuleRequest module : request.modules()) {
            Scan scan = listFiles(new Scan(module, assembler.newTally()), request, root, listener);
            scans.add(scan);
            totalFiles += scan.files.size();
        }

        // a parsing JVM starts before the reactor key is worked out, so that its start-up overlaps
        // that work; a reactor the cache serves whole has no module the cache does not know, so
        // auto never starts one for it
        Optional<ParsingProcess> fork = startFork(scans, totalFiles, cache, level, listener);
        Progress progress = new Progress(totalFiles, listener);
        String reactorKey;
        try {
            reactorKey = cache.enabled() ? reactorKey(request, scans, level) : null;
            if (reactorKey != null) {
                Set<String> saidAlready = new HashSet<>();
                scans.forEach(scan -> saidAlready.addAll(scan.notes));
                Optional<AnalysisResult> unchanged =
                        unchangedReactor(cache, kept, reactorKey, totalFiles, saidAlready, listener);
                if (unchanged.isPresent()) {
                    return unchanged.get();
                }
            }

            // one module at a time, so that only one module's cache entries are ever in memory and no
            // file report outlives its file
            try (QuickCompilation quick = QuickCompilation.begin(quickCompilation, listener);
                    FileWorkers workers = new FileWorkers(
                            threads,
                            () -> FileAnalyzer.parsingAt(level, fileSignals, listener::warn),
                            cache,
                            fork,
                            listener::warn)) {
                for (Scan scan : scans) {
                    cache.beginModule(scan.module.key());
                    Charset encoding = scan.module.encoding();
                    workers.analyze(scan.files, file -> relative(root, file), encoding, report -> {
                        report.malformedLine().ifPresent(line -> {
                            String message = report.file() + ":" + line + ": bytes that are not valid "
                                    + encoding.name() + "; read with replacement characters."
                                    + " Set project.build.sourceEncoding to the files' real encoding, or re-save the"
                                    + " file as " + encoding.name() + ".";
                            scan.notes.add(message);
                            listener.warn(message);
                        });
                        report.problem()
                                .ifPresent(problem -> listener.debug("Could not parse " + problem.file() + ":"
                                        + problem.line() + ":" + problem.column() + ": " + problem.message()));
                        scan.tally.add(report);
                        progress.fileDone(report.linesOfCode());
                    });
                    scan.files.clear();
                }
            }
        } finally {
            fork.ifPresent(ParsingProcess::close);
        }
        fork.ifPresent(process -> listener.info(String.format(
                java.util.Locale.ROOT,
                "rust-fit: %d file(s) parsed in a separate JVM tuned for short runs (rustfit.fork=never parses in"
                        + " Maven's JVM)",
                process.analysed())));

        // what each module is as a whole comes first: examples, test support and packaging modules
        // never make another module shared infrastructure
        Set<String> nonProduction = new HashSet<>();
        for (Scan scan : scans) {
            ModuleRequest module = scan.module;
            scan.path = modulePath(root, module.baseDirectory());
            ModuleFacts facts = new ModuleFacts(
                    module.artifactId(),
                    scan.path,
                    relative(root, module.pomFile()),
                    module.packaging(),
                    scan.tally.packages());
            if (PackagingModules.isPackaging(facts)) {
                nonProduction.add(module.key());
            }
            // an aggregator without sources is not judged, so its name says nothing about any code
            List<ModuleSignal> applicable = scan.tally.parsedFiles() > 0 ? moduleSignals : List.of();
            for (ModuleSignal signal : applicable) {
                signal.inspect(facts, (file, line, explanation) -> {
                    scan.tally.addModuleFinding(signal.id(), new Evidence(file, line, explanation));
                    if (signal.criterion() == Criterion.PROTOTYPE) {
                        nonProduction.add(module.key());
                    }
                });
            }
        }

        Map<String, String> artifactIdByKey = new HashMap<>();
        request.modules().forEach(m -> artifactIdByKey.put(m.key(), m.artifactId()));
        Map<String, Set<String>> dependents = new HashMap<>();
        Map<String, Set<String>> dependsOn = new HashMap<>();
        for (ModuleRequest module : request.modules()) {
            for (DeclaredDependency dependency : module.dependencies()) {
                if (artifactIdByKey.containsKey(dependency.key()) && !dependency.isTestOnly()) {
                    if (!nonProduction.contains(module.key())) {
                        dependents
                                .computeIfAbsent(dependency.key(), k -> new TreeSet<>())
                                .add(module.artifactId());
                    }
                    dependsOn
                            .computeIfAbsent(module.key(), k -> new TreeSet<>())
                            .add(artifactIdByKey.get(dependency.key()));
                }
            }
        }

        List<ModuleResult> modules = new ArrayList<>();
        for (Scan scan : scans) {
            ModuleRequest module = scan.module;
            String path = scan.path;
            modules.add(assembler.assemble(new ModuleAssembler.Input(
                    module,
                    path,
                    scan.roots,
                    scan.tally,
                    scan.notes,
                    List.copyOf(dependsOn.getOrDefault(module.key(), Set.of())),
                    List.copyOf(dependents.getOrDefault(module.key(), Set.of())),
                    request.modules().size(),
                    request.declaredAnswers()
                            .getOrDefault(
                                    module.artifactId(),
                                    request.declaredAnswers().getOrDefault(path, Map.of())))));
        }
        modules.sort(Comparator.comparing(ModuleResult::path).thenComparing(ModuleResult::artifactId));
        progress.done();

        AnalysisResult result = new AnalysisResult(
                AnalysisResult.SCHEMA_VERSION,
                TOOL,
                request.toolVersion(),
                new RunSettings(
                        level.name(),
                        request.includeTests(),
                        request.includeGenerated(),
                        request.maxEvidencePerSignal()),
                Summary.of(modules),
                modules);
        if (cache.enabled()) {
            reportCacheUse(cache, listener);
            if (reactorKey != null) {
                cache.rememberReactor(reactorKey, ResultFiles.toJson(result).getBytes(StandardCharsets.UTF_8));
            }
            try {
                cache.save();
            } catch (IOException e) {
                listener.warn("rust-fit: could not save the analysis cache (" + e.getMessage()
                        + "); the next run will parse every file again. Check that the output directory is"
                        + " writable.");
            }
        }
        return result;
    }

    /**
     * Starts a parsing JVM when the fork mode says enough files need parsing: those of modules the
     * cache knows nothing of. Files of known modules are mostly unchanged, and served without a
     * parse.
     */
    private Optional<ParsingProcess> startFork(
            List<Scan> scans, int files, FileReportCache cache, LanguageLevel level, AnalysisListener listener) {
        if (forkMode == ForkMode.NEVER || !registeredSignalsOnly()) {
            return Optional.empty();
        }
        int likelyToParse = scans.stream()
                .filter(scan -> !cache.holdsModule(scan.module.key()))
                .mapToInt(scan -> scan.files.size())
                .sum();
        if (!forkMode.forks(likelyToParse, files)) {
            return Optional.empty();
        }
        return ParsingProcess.start(
                launch.get(), level, fileSignals.stream().map(Signal::id).toList(), threads, listener);
    }

    /** Whether every file signal is a registered one, which the parsing JVM can build by its id. */
    private boolean registeredSignalsOnly() {
        Set<String> registered = new HashSet<>();
        SignalRegistry.fileSignals()
                .forEach(signal -> registered.add(signal.getClass().getName() + "#" + signal.id()));
        return fileSignals.stream()
                .allMatch(signal -> registered.contains(signal.getClass().getName() + "#" + signal.id()));
    }

    /**
     * What identifies the reactor's state: the request (modules, dependencies, encodings, settings,
     * declared answers) and every file's path, size and modification time. Null when a file cannot
     * be examined.
     */
    private static String reactorKey(AnalysisRequest request, List<Scan> scans, LanguageLevel level) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            StringBuilder state = new StringBuilder()
                    .append(request.executionRoot().toAbsolutePath().normalize())
                    .append('\n')
                    .append(level.name())
                    .append('|')
                    .append(request.includeTests())
                    .append('|')
                    .append(request.includeGenerated())
                    .append('|')
                    .append(request.maxEvidencePerSignal())
                    .append('|')
                    .append(request.toolVersion())
                    .append('\n');
            new TreeMap<>(request.declaredAnswers())
                    .forEach((module, answers) -> state.append(module)
                            .append('=')
                            .append(new TreeMap<>(answers))
                            .append('\n'));
            for (Scan scan : scans) {
                state.append(scan.module)
                        .append('\n')
                        .append(scan.roots)
                        .append(scan.notes)
                        .append('\n');
                for (Path file : scan.files) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    state.append(file)
                            .append('|')
                            .append(attributes.size())
                            .append('|')
                            .append(attributes.lastModifiedTime().toMillis())
                            .append('\n');
                }
                sha.update(state.toString().getBytes(StandardCharsets.UTF_8));
                state.setLength(0);
            }
            sha.update(state.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }

    /** Says how much of the run the cache served; the same line whether it served all or part. */
    private static void reportCacheUse(FileReportCache cache, AnalysisListener listener) {
        listener.info(String.format(
                java.util.Locale.ROOT,
                "rust-fit: parsed %d changed file(s), reused %d unchanged from the cache",
                cache.misses(),
                cache.hits()));
    }

    /** The analysis an earlier run kept, decoded, or why it could not be decoded. */
    private record Kept(String key, Optional<AnalysisResult> result, String problem) {}

    private static Optional<Kept> kept(FileReportCache cache) {
        return cache.keptReactor().map(stored -> {
            try {
                return new Kept(stored.key(), Optional.of(ResultFiles.fromJson(stored.result())), "");
            } catch (IOException | RuntimeException e) {
                return new Kept(stored.key(), Optional.empty(), String.valueOf(e.getMessage()));
            }
        });
    }

    /** The earlier run's result, when the reactor is exactly as it was then. */
    private static Optional<AnalysisResult> unchangedReactor(
            FileReportCache cache,
            FutureTask<Optional<Kept>> reading,
            String reactorKey,
            int files,
            Set<String> saidAlready,
            AnalysisListener listener) {
        Optional<Kept> earlier;
        try {
            earlier = reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
        if (earlier.isEmpty() || !earlier.get().key().equals(reactorKey)) {
            return Optional.empty();
        }
        if (earlier.get().result().isEmpty()) {
            listener.warn(String.format(
                    "rust-fit: ignoring the analysis kept in the cache (%s); analysing the files again.",
                    earlier.get().problem()));
            return Optional.empty();
        }
        AnalysisResult result = earlier.get().result().get();
        cache.reuseReactor(files);
        // what needed fixing then still does: say again what listing the files did not
        result.modules().stream()
                .flatMap(module -> module.notes().stream())
                .filter(note -> !saidAlready.contains(note))
                .forEach(listener::warn);
        reportCacheUse(cache, listener);
        return Optional.of(result);
    }

    /** The files and notes of one module, before parsing. */
    private static final class Scan {
        final ModuleRequest module;
        final List<String> roots = new ArrayList<>();
        final List<Path> files = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final ModuleTally tally;
        String path;

        Scan(ModuleRequest module, ModuleTally tally) {
            this.module = module;
            this.tally = tally;
        }
    }

    private static Scan listFiles(Scan scan, AnalysisRequest request, Path root, AnalysisListener listener) {
        ModuleRequest module = scan.module;
        Set<Path> seen = new LinkedHashSet<>();
        for (SourceRoot sourceRoot : module.sourceRoots()) {
            boolean wanted = switch (sourceRoot.kind()) {
                case MAIN -> true;
                case TEST -> request.includeTests();
                case GENERATED -> request.includeGenerated();
            };
            Path directory = sourceRoot.directory().toAbsolutePath().normalize();
            if (!wanted || !seen.add(directory)) {
                continue;
            }
            if (!Files.exists(directory)) {
                // Maven lists src/main/java for every module; its absence is normal, not a problem.
                listener.debug(module.artifactId() + ": source root " + relative(root, directory) + " does not exist");
                continue;
            }
            String rel = relative(root, directory);
            if (!Files.isDirectory(directory) || !Files.isReadable(directory)) {
                String note = "Source root " + rel + " is not a readable directory; its sources were skipped."
                        + " Fix its permissions or remove it from the build's source roots.";
                scan.notes.add(note);
                listener.warn(module.artifactId() + ": " + note);
                continue;
            }
            try {
                scan.files.addAll(SourceFiles.javaFiles(directory));
                scan.roots.add(rel);
            } catch (IOException e) {
                String note = "Source root " + rel + " could not be listed (" + e.getMessage()
                        + "); its sources were skipped. Check the directory's permissions.";
                scan.notes.add(note);
                listener.warn(module.artifactId() + ": " + note);
            }
        }
        return scan;
    }

    static String relative(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String relative = absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
        return relative.replace('\\', '/');
    }

    static String modulePath(Path root, Path baseDirectory) {
        String path = relative(root, baseDirectory);
        return path.isEmpty() ? "." : path;
    }

    /** Prints a progress line every few seconds on long scans; silent on short ones. */
    private static final class Progress {
        private final int total;
        private final AnalysisListener listener;
        private final long start = System.nanoTime();
        private long lastReport = start;
        private int done;
        private long lines;

        Progress(int total, AnalysisListener listener) {
            this.total = total;
            this.listener = listener;
        }

        void fileDone(long linesOfCode) {
            done++;
            lines += linesOfCode;
            long now = System.nanoTime();
            if (now - lastReport >= PROGRESS_INTERVAL_NANOS) {
                lastReport = now;
                listener.info(String.format(
                        java.util.Locale.ROOT,
                        "Analysed %d/%d files (%,d lines, %,.0f lines/s)",
                        done,
                        total,
                        lines,
                        lines / ((now - start) / 1e9)));
            }
        }

        void done() {
            listener.debug(String.format(
                    java.util.Locale.ROOT,
                    "Parsed and inspected %d files (%,d lines) in %.1f s",
                    done,
                    lines,
                    (System.nanoTime() - start) / 1e9));
        }
    }
}
