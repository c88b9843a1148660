package io.github.rustfit.core.analysis;

import io.github.rustfit.core.analysis.FileDigests.DigestedModule;
import io.github.rustfit.core.analysis.ModuleTallying.Tallied;
import io.github.rustfit.core.analysis.SourceListing.ModuleSources;
import io.github.rustfit.core.cache.FileReportCache;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.extraction.ExtractionPlanner;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.file.FileReportCodec;
import io.github.rustfit.core.parse.LanguageLevels;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.Evidence;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.RunSettings;
import io.github.rustfit.core.result.Summary;
import io.github.rustfit.core.signals.ModuleFacts;
import io.github.rustfit.core.signals.ModuleSignal;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.registry.SignalRegistry;
import io.github.rustfit.core.signals.role.PackagingModules;
import io.github.rustfit.core.source.SourceAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Analyses a whole reactor in one pass, in named stages with immutable values between them:
 *
 * <ol>
 *   <li>{@linkplain SourceListing source listing}: each module's files, and what could not be read;
 *   <li>{@linkplain FileDigests file digests}: every file read once and digested;
 *   <li>{@linkplain KeptAnalysis reuse of an unchanged reactor}: when the request and every file's
 *       path and digest are what they were, the earlier analysis serves the run whole;
 *   <li>file analysis: module by module, each file served from the cache by its digest or parsed
 *       and inspected ({@link FileParsing}), and tallied as it comes;
 *   <li>{@linkplain ReactorGraph the reactor graph} from the POMs;
 *   <li>{@linkplain ModuleAssembler module assembly}: evidence, answers and verdict per module;
 *   <li>{@linkplain ExtractionPlanner extraction plans} for the candidates and the modules asked for,
 *       from what each module left once it was tallied.
 * </ol>
 */
public final class ReactorAnalyzer {

    /** The tool name recorded in results. */
    public static final String TOOL = "rust-fit-maven-plugin";

    /**
     * Files larger than this are measured but not parsed unless configured otherwise: a syntax tree
     * takes up to a hundred times its file's size in heap, and 1 MiB keeps the worst case within
     * the 256 MB heap the plugin promises to run in.
     */
    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

    private final List<Signal> fileSignals;
    private final List<ModuleSignal> moduleSignals;
    private final int threads;
    private final long maxFileBytes;
    private final ParsingSetup.Strategy parsing;
    private final SourceAccess access;

    /** An analyzer applying every registered signal, on the calling thread. */
    public ReactorAnalyzer() {
        this(SignalRegistry.fileSignals(), SignalRegistry.moduleSignals());
    }

    /** An analyzer applying the given signals (which must be stateless), on the calling thread. */
    public ReactorAnalyzer(List<Signal> fileSignals, List<ModuleSignal> moduleSignals) {
        this(
                fileSignals,
                moduleSignals,
                1,
                DEFAULT_MAX_FILE_BYTES,
                ParsingSetup.Strategy.LOCAL,
                SourceAccess.FILE_SYSTEM);
    }

    private ReactorAnalyzer(
            List<Signal> fileSignals,
            List<ModuleSignal> moduleSignals,
            int threads,
            long maxFileBytes,
            ParsingSetup.Strategy parsing,
            SourceAccess access) {
        this.fileSignals = List.copyOf(fileSignals);
        this.moduleSignals = List.copyOf(moduleSignals);
        this.threads = threads;
        this.maxFileBytes = maxFileBytes;
        this.parsing = parsing;
        this.access = access;
    }

    /** This analyzer, parsing the files the cache cannot serve as {@code strategy} decides. */
    public ReactorAnalyzer withParsing(ParsingSetup.Strategy strategy) {
        return new ReactorAnalyzer(fileSignals, moduleSignals, threads, maxFileBytes, strategy, access);
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
        return new ReactorAnalyzer(fileSignals, moduleSignals, threads, maxFileBytes, parsing, access);
    }

    /**
     * This analyzer, measuring but not parsing files larger than {@code bytes}.
     *
     * @throws IllegalArgumentException when {@code bytes} is below 1
     */
    public ReactorAnalyzer withMaxFileBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("the largest file to parse must be at least 1 byte, was " + bytes);
        }
        return new ReactorAnalyzer(fileSignals, moduleSignals, threads, bytes, parsing, access);
    }

    /** This analyzer, reading sources through {@code access}; for tests of refusals. */
    ReactorAnalyzer withSourceAccess(SourceAccess access) {
        return new ReactorAnalyzer(fileSignals, moduleSignals, threads, maxFileBytes, parsing, access);
    }

    /** How file reports of this analyzer's signals are stored and sent. */
    public FileReportCodec codec() {
        Set<String> ids = new HashSet<>();
        fileSignals.forEach(signal -> ids.add(signal.id()));
        return new FileReportCodec(ids);
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
     * What a cache must have been written with to be reused: the plugin build, the language level,
     * the signals and the largest file parsed. Encodings are part of each file's digest.
     *
     * @param buildIdentity identifies the plugin build (its version, and for snapshots its jar)
     */
    public String cacheFingerprint(AnalysisRequest request, String buildIdentity) {
        StringBuilder fingerprint = new StringBuilder(buildIdentity)
                .append('|')
                .append(LanguageLevels.resolveName(request.languageLevel()))
                .append("|max=")
                .append(maxFileBytes);
        fileSignals.forEach(signal -> fingerprint.append('|').append(signal.id()));
        return fingerprint.toString();
    }

    /**
     * Runs the analysis with a cache: when the request and every file's digest are as they were,
     * the earlier result is returned whole; otherwise the reports of files whose bytes have not
     * changed are reused. The cache is saved afterwards (unless it is read-only).
     *
     * @throws IllegalArgumentException when the request's language level is unknown
     */
    public AnalysisResult analyze(AnalysisRequest request, AnalysisListener listener, FileReportCache cache) {
        return analyze(request, listener, cache, Completion.analysisAsIs()).outcome();
    }

    /**
     * Runs the analysis with a cache, as {@link #analyze(AnalysisRequest, AnalysisListener,
     * FileReportCache)} does, and completes it before the cache is saved: the cache keeps the
     * result as the completion wrote it, and serves it to the completion of a later run whose
     * reactor has not changed.
     *
     * @throws IllegalArgumentException when the request's language level is unknown
     * @throws E when the completion fails; the cache is then left as it was
     */
    public <T, E extends Exception> Completion.Completed<T> analyze(
            AnalysisRequest request, AnalysisListener listener, FileReportCache cache, Completion<T, E> completion)
            throws E {
        try (cache) {
            return run(request, listener, cache, completion);
        }
    }

    private <T, E extends Exception> Completion.Completed<T> run(
            AnalysisRequest request, AnalysisListener listener, FileReportCache cache, Completion<T, E> completion)
            throws E {
        Analysed analysed = analyse(request, listener, cache);
        cache.reportRefusals();
        analysed.exclusions().warnUnused(listener);
        Suppressions.warnUnused(analysed.result(), listener);
        Completion.Completed<T> completed = completion.complete(analysed.result(), analysed.earlier());
        if (analysed.earlier().isEmpty() && cache.enabled()) {
            if (analysed.reactorKey() != null) {
                cache.rememberReactor(KeptAnalysis.scope(request), analysed.reactorKey(), completed.written());
            }
            save(cache, listener);
        }
        return completed;
    }

    /**
     * An analysis before its completion.
     *
     * @param earlier present when an earlier run's completed result served it whole
     * @param reactorKey the reactor's state, under which the cache keeps the completed result
     * @param exclusions the user's exclusions, having seen every source file listed
     */
    private record Analysed(
            AnalysisResult result, Optional<Completion.Earlier> earlier, String reactorKey, Exclusions exclusions) {}

    private Analysed analyse(AnalysisRequest request, AnalysisListener listener, FileReportCache cache) {
        String level = LanguageLevels.resolveName(request.languageLevel());
        Path root = request.executionRoot().toAbsolutePath().normalize();
        KeptAnalysis kept = KeptAnalysis.start(cache, request);

        Exclusions exclusions = Exclusions.of(request.excludes());
        try (FileDigests digests = new FileDigests(root, access, threads)) {
            List<ModuleSources> listed = new ArrayList<>();
            for (ModuleRequest module : request.modules()) {
                ModuleSources sources = SourceListing.list(module, request, exclusions, root, access, listener);
                listed.add(sources);
                digests.submit(sources);
            }
            int totalFiles =
                    listed.stream().mapToInt(module -> module.files().size()).sum();
            int likelyToParse = listed.stream()
                    .filter(module -> !cache.holdsModule(module.module().key()))
                    .mapToInt(module -> module.files().size())
                    .sum();
            // parsing is set up before the digests are awaited, so that a parsing JVM starts while the files are read
            try (FileParsing files =
                    parsing.start(new ParsingSetup(level, fileSignals, threads, likelyToParse, totalFiles, listener))) {
                List<DigestedModule> digested = digests.digested(listener);
                // a build of part of the project sees the rest as a build of the whole would, without reading it
                List<SourceListing.Outline> others = request.otherModules().stream()
                        .map(module -> SourceListing.outline(module, request, exclusions, root, access))
                        .toList();
                String reactorKey = cache.enabled() ? reactorKey(request, level, digested, others) : null;
                if (reactorKey != null) {
                    Set<String> saidAlready = new HashSet<>();
                    digested.forEach(module -> saidAlready.addAll(module.notes()));
                    Optional<Completion.Earlier> whole =
                            kept.serve(cache, reactorKey, totalFiles, saidAlready, listener);
                    if (whole.isPresent()) {
                        reportCacheUse(cache, listener);
                        return new Analysed(whole.get().result(), whole, reactorKey, exclusions);
                    }
                }
                AnalysisResult result = analyze(request, level, root, digested, others, files, cache, listener);
                if (cache.enabled()) {
                    reportCacheUse(cache, listener);
                }
                return new Analysed(result, Optional.empty(), reactorKey, exclusions);
            }
        }
    }

    private AnalysisResult analyze(
            AnalysisRequest request,
            String level,
            Path root,
            List<DigestedModule> digested,
            List<SourceListing.Outline> others,
            FileParsing files,
            FileReportCache cache,
            AnalysisListener listener) {
        ModuleAssembler assembler = new ModuleAssembler(signalInfos(), request.maxEvidencePerSignal());
        ModulePlans plans = new ModulePlans(request);
        List<Tallied> tallied = new ModuleTallying(
                        digested,
                        index -> assembler.newTally(ModuleSuppressions.forModule(
                                request.suppressions(),
                                digested.get(index).module().artifactId(),
                                digested.get(index).sources().path())),
                        files,
                        cache,
                        access,
                        maxFileBytes,
                        listener)
                .run(done -> plans.tallied(
                        done.digested().module(), done.digested().sources().path(), done.tally()));
        plans.warnOfUnknownRequests(request, digested, listener);
        files.summarise(listener);
        // what each module is as a whole comes first: modules without main sources, examples, test
        // support and packaging modules never make another module shared infrastructure
        Set<String> nonProduction = new HashSet<>();
        for (Tallied module : tallied) {
            inspectModule(root, module, nonProduction);
        }
        for (SourceListing.Outline other : others) {
            inspectOther(root, request, other, nonProduction);
        }
        List<ModuleRequest> project = new ArrayList<>(request.modules());
        project.addAll(request.otherModules());
        ReactorGraph graph = new ReactorGraph(project, nonProduction);
        List<ModuleResult> modules = new ArrayList<>();
        for (Tallied module : tallied) {
            ModuleResult assembled = assembler.assemble(assemblyInput(request, graph, module));
            modules.add(plans.withPlan(
                    module.digested().module(), assembled, module.tally().serviceShaped()));
        }
        modules.sort(Comparator.comparing(ModuleResult::path).thenComparing(ModuleResult::artifactId));
        plans.reportTime(listener);
        return new AnalysisResult(
                AnalysisResult.SCHEMA_VERSION,
                TOOL,
                request.toolVersion(),
                new RunSettings(
                        level,
                        request.includeTests(),
                        request.includeGenerated(),
                        request.maxEvidencePerSignal(),
                        request.excludes()),
                Summary.of(modules),
                modules,
                Suppressions.totals(request.suppressions(), modules));
    }

    /**
     * What the assembler needs of a tallied module: its place in the graph and the answers declared
     * for it, by artifactId or else by path.
     */
    private static ModuleAssembler.Input assemblyInput(AnalysisRequest request, ReactorGraph graph, Tallied module) {
        ModuleRequest moduleRequest = module.digested().module();
        String path = module.digested().sources().path();
        return new ModuleAssembler.Input(
                moduleRequest,
                path,
                module.digested().sources().roots(),
                module.tally(),
                module.notes(),
                module.digested().unreadable(),
                module.digested().sources().excluded(),
                graph.dependsOn(moduleRequest),
                graph.dependents(moduleRequest),
                request.modules().size() + request.otherModules().size(),
                request.declaredAnswers()
                        .getOrDefault(
                                moduleRequest.artifactId(),
                                request.declaredAnswers().getOrDefault(path, Map.of())));
    }

    private Map<String, ModuleAssembler.SignalInfo> signalInfos() {
        Map<String, ModuleAssembler.SignalInfo> infos = new HashMap<>();
        fileSignals.forEach(
                s -> infos.put(s.id(), new ModuleAssembler.SignalInfo(s.id(), s.criterion(), s.description())));
        moduleSignals.forEach(
                s -> infos.put(s.id(), new ModuleAssembler.SignalInfo(s.id(), s.criterion(), s.description())));
        return infos;
    }

    /**
     * What each module is as a whole: modules without main sources (tests only, say), examples and
     * test support never make another module shared infrastructure, so they are found before the
     * graph is drawn. Whether tests were analysed does not change which modules these are.
     */
    private void inspectModule(Path root, Tallied module, Set<String> nonProduction) {
        ModuleRequest request = module.digested().module();
        if (module.digested().sources().mainFiles() == 0) {
            nonProduction.add(request.key());
        }
        ModuleFacts facts = new ModuleFacts(
                request.artifactId(),
                module.digested().sources().path(),
                Paths.relative(root, request.pomFile()),
                request.packaging(),
                module.tally().packages());
        // packaging modules bundle what they list: they never make another module shared infrastructure
        if (PackagingModules.isPackaging(facts)) {
            nonProduction.add(request.key());
        }
        // an aggregator without sources is not judged, so its name says nothing about any code
        List<ModuleSignal> applicable = module.tally().parsedFiles() > 0 ? moduleSignals : List.of();
        for (ModuleSignal signal : applicable) {
            signal.inspect(facts, (file, line, explanation) -> {
                boolean counted = module.tally().addModuleFinding(signal.id(), new Evidence(file, line, explanation));
                if (counted && signal.criterion() == Criterion.PROTOTYPE) {
                    nonProduction.add(request.key());
                }
            });
        }
    }

    /**
     * What a module this build leaves out is as a whole, found as {@link #inspectModule} finds it in
     * a build of the whole project, from its outline: its packages are those its directories name.
     */
    private void inspectOther(
            Path root, AnalysisRequest request, SourceListing.Outline other, Set<String> nonProduction) {
        ModuleRequest module = other.module();
        ModuleFacts facts = new ModuleFacts(
                module.artifactId(),
                other.path(),
                Paths.relative(root, module.pomFile()),
                module.packaging(),
                other.packages());
        if (other.mainFiles() == 0 || PackagingModules.isPackaging(facts)) {
            nonProduction.add(module.key());
            return;
        }
        ModuleSuppressions suppressions =
                ModuleSuppressions.forModule(request.suppressions(), module.artifactId(), other.path());
        for (ModuleSignal signal : moduleSignals) {
            if (signal.criterion() == Criterion.PROTOTYPE) {
                signal.inspect(facts, (file, line, explanation) -> {
                    if (!suppressions.setsAside(signal.id(), file)) {
                        nonProduction.add(module.key());
                    }
                });
            }
        }
    }

    private static void save(FileReportCache cache, AnalysisListener listener) {
        try {
            cache.save();
        } catch (IOException e) {
            listener.warn("rust-fit: could not save the analysis cache (" + e.getMessage()
                    + "); the next run will parse every file again. Check that the output directory is"
                    + " writable.");
        }
    }

    /**
     * What identifies the reactor's state: the request (modules, dependencies, encodings, settings,
     * declared answers, suppressions) and every file's path and digest.
     */
    private String reactorKey(
            AnalysisRequest request, String level, List<DigestedModule> modules, List<SourceListing.Outline> others) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            StringBuilder state = new StringBuilder()
                    .append(request.executionRoot().toAbsolutePath().normalize())
                    .append('\n')
                    .append(level)
                    .append('|')
                    .append(request.includeTests())
                    .append('|')
                    .append(request.includeGenerated())
                    .append('|')
                    .append(request.maxEvidencePerSignal())
                    .append('|')
                    .append(request.toolVersion())
                    .append('|')
                    .append(maxFileBytes)
                    .append('|')
                    .append(request.excludes())
                    .append("|planFor=")
                    .append(request.planFor())
                    .append('\n');
            new TreeMap<>(request.declaredAnswers())
                    .forEach((module, answers) -> state.append(module)
                            .append('=')
                            .append(new TreeMap<>(answers))
                            .append('\n'));
            request.suppressions().forEach(rule -> state.append(rule).append('\n'));
            for (DigestedModule module : modules) {
                state.append(module.module())
                        .append('\n')
                        .append(module.sources().roots())
                        .append(module.notes())
                        .append(module.unreadable())
                        .append('\n');
                for (SourceFile file : module.files()) {
                    state.append(file.relativePath())
                            .append('|')
                            .append(file.digest())
                            .append('\n');
                }
                sha.update(state.toString().getBytes(StandardCharsets.UTF_8));
                state.setLength(0);
            }
            for (SourceListing.Outline other : others) {
                state.append("other ")
                        .append(other.module())
                        .append('\n')
                        .append(other.files())
                        .append('\n');
            }
            sha.update(state.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }

    /** Says how much of the run the cache served; the same line whether it served all or part. */
    private static void reportCacheUse(FileReportCache cache, AnalysisListener listener) {
        listener.info(String.format(
                Locale.ROOT,
                "rust-fit: parsed %d changed file(s), reused %d unchanged from the cache",
                cache.misses(),
                cache.hits()));
    }
}
