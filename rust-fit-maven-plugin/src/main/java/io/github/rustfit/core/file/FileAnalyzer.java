package io.github.rustfit.core.file;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.parse.SourceParser;
import io.github.rustfit.core.result.ParseProblem;
import io.github.rustfit.core.signals.Finding;
import io.github.rustfit.core.signals.Findings;
import io.github.rustfit.core.signals.Signal;
import io.github.rustfit.core.signals.syntax.GeneratedCode;
import io.github.rustfit.core.source.LineCounter;
import io.github.rustfit.core.source.SourceLines;
import io.github.rustfit.core.source.SourceText;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads, measures, parses and inspects one file at a time with every file signal. Keeps no tree
 * once a file is done. Not thread-safe (it owns a parser).
 */
public final class FileAnalyzer {

    /** Logged when a signal throws on a file: signal id, file, exception. */
    static final String SIGNAL_FAILED = "rust-fit: signal %s failed on %s (%s); its findings in that file are"
            + " left out. Please report this with the file's offending construct.";

    private final Supplier<SourceParser> parserFactory;
    private final List<Signal> signals;
    private final List<Signal> generatedSignals;
    private final Consumer<String> failures;
    private SourceParser parser;

    public FileAnalyzer(SourceParser parser, List<Signal> signals) {
        this(() -> parser, signals, message -> {});
    }

    private FileAnalyzer(Supplier<SourceParser> parserFactory, List<Signal> signals, Consumer<String> failures) {
        this.parserFactory = parserFactory;
        this.signals = List.copyOf(signals);
        this.generatedSignals = signals.stream()
                .filter(signal ->
                        signal.trait().filter(trait -> trait == Trait.GENERATED).isPresent())
                .toList();
        this.failures = failures;
    }

    /**
     * An analyzer that builds its parser on the first file it parses: a run served entirely from
     * the cache never pays for loading the parser.
     */
    public static FileAnalyzer parsingAt(LanguageLevel level, List<Signal> signals, Consumer<String> failures) {
        return new FileAnalyzer(() -> new SourceParser(level), signals, failures);
    }

    private SourceParser parser() {
        if (parser == null) {
            parser = parserFactory.get();
        }
        return parser;
    }

    /** The report of a file whose bytes could not be read. */
    public static FileReport unreadable(String relativePath, IOException e) {
        return failed(
                relativePath, 0, new ParseProblem(relativePath, 0, 0, "could not be read: " + e), Optional.empty());
    }

    /** Says why a file was measured but not parsed: its size, the limit, and how to lift it. */
    public static final String TOO_LARGE = "not parsed: its %,d bytes are over the limit of %,d for one file"
            + " (rustfit.maxFileSize), which keeps the analysis within a small heap; files this large are"
            + " mostly generated tables. Raise the limit to analyse it.";

    /**
     * The report of a file too large to parse within the memory promise: its lines are counted, it
     * is listed as not parsed, and it gives no evidence.
     */
    public static FileReport tooLarge(byte[] bytes, String relativePath, Charset charset, long limit) {
        SourceText source = SourceText.decode(bytes, charset);
        String message = String.format(java.util.Locale.ROOT, TOO_LARGE, bytes.length, limit);
        return failed(
                relativePath,
                LineCounter.linesOfCode(source.text()),
                new ParseProblem(relativePath, 0, 0, message),
                source.malformedLine());
    }

    /** Analyses the bytes of a file, already read. */
    public FileReport analyze(byte[] bytes, String relativePath, Charset charset) {
        SourceText source = SourceText.decode(bytes, charset);
        int linesOfCode = LineCounter.linesOfCode(source.text());
        SourceParser.Outcome outcome = parser().parse(source.text());
        if (outcome instanceof SourceParser.Outcome.Failed failure) {
            return failed(
                    relativePath,
                    linesOfCode,
                    new ParseProblem(relativePath, failure.line(), failure.column(), failure.message()),
                    source.malformedLine());
        }
        CompilationUnit unit = ((SourceParser.Outcome.Parsed) outcome).unit();
        SourceLines lines = source.lines();
        List<Finding> findings = new ArrayList<>();
        // a tool's output is not the team's code: it is measured, never taken as evidence, and only
        // the signals that say it was generated look at it
        List<Signal> applicable = GeneratedCode.isGenerated(unit) ? generatedSignals : signals;
        for (Signal signal : applicable) {
            Findings collector = new Findings(signal.id(), lines);
            try {
                signal.inspect(unit, collector);
                findings.addAll(collector.found());
            } catch (RuntimeException | StackOverflowError e) {
                // one signal tripping over unusual code must not cost the whole run
                failures.accept(String.format(SIGNAL_FAILED, signal.id(), relativePath, e));
            }
        }
        String packageName = unit.getPackageDeclaration()
                .map(declaration -> declaration.getNameAsString())
                .orElse("");
        return new FileReport(
                relativePath, linesOfCode, packageName, findings, Optional.empty(), source.malformedLine());
    }

    private static FileReport failed(
            String file, int linesOfCode, ParseProblem problem, Optional<Integer> malformedLine) {
        return new FileReport(file, linesOfCode, "", List.of(), Optional.of(problem), malformedLine);
    }
}
