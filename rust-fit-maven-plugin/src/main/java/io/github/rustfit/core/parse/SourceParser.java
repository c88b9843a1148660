package io.github.rustfit.core.parse;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Position;
import com.github.javaparser.Problem;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.postprocessors.Java10PostProcessor;
import com.github.javaparser.ast.validator.postprocessors.PostProcessors;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reusable JavaParser set up for analysis. The language level decides which keywords the
 * tokenizer knows ({@code yield}, for one) and whether {@code var} becomes a type of its own.
 * What analysis does not need is off: comment attribution (signals read code, not comments), the
 * detection of the file's line separator, and validation against the language level, which costs
 * about a third of the parse and only reports code javac would reject (the build's compiler
 * judges that). Tokens stay stored: in JavaParser 3.28 nodes have no positions without them, and
 * evidence needs lines. Parse problems come back as data. Not thread-safe: use one instance per
 * thread.
 */
public final class SourceParser {

    private final JavaParser parser;
    private final LanguageLevel languageLevel;
    /** Whether the text being parsed may declare a {@code var}: the rewrite's walk is skipped if not. */
    private boolean mayDeclareVar;

    public SourceParser(LanguageLevel languageLevel) {
        this.languageLevel = languageLevel;
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(languageLevel)
                .setStoreTokens(true)
                .setAttributeComments(false)
                .setLexicalPreservationEnabled(false)
                .setDetectOriginalLineSeparator(false);
        // The default processors would validate the tree; of the level's work only the rewrite
        // that gives `var` its meaning (the one post-processor any level has) is kept.
        configuration.getProcessors().clear();
        if (languageLevel.compareTo(LanguageLevel.JAVA_10) >= 0) {
            PostProcessors varTypes = new Java10PostProcessor();
            configuration.getProcessors().add(() -> new Processor() {
                @Override
                public void postProcess(ParseResult<? extends Node> result, ParserConfiguration settings) {
                    if (mayDeclareVar) {
                        varTypes.postProcess(result, settings);
                    }
                }
            });
        }
        this.parser = new JavaParser(configuration);
    }

    public LanguageLevel languageLevel() {
        return languageLevel;
    }

    /** Parses {@code text}; a syntax error or a parser crash becomes a {@link Outcome.Failed}. */
    public Outcome parse(String text) {
        ParseResult<CompilationUnit> result;
        mayDeclareVar = mayDeclareVar(text);
        try {
            result = parser.parse(text);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome.Failed(0, 0, "the parser gave up: " + e);
        }
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return new Outcome.Parsed(result.getResult().get());
        }
        if (result.getProblems().isEmpty()) {
            return new Outcome.Failed(0, 0, "the parser produced no syntax tree");
        }
        Problem first = result.getProblem(0);
        Position begin = first.getLocation()
                .flatMap(range -> range.getBegin().getRange())
                .map(range -> range.begin)
                .orElseGet(() -> positionInMessage(first.getVerboseMessage()));
        String message = shorten(first.getMessage().lines().findFirst().orElse("parse error"));
        if (result.getProblems().size() > 1) {
            message += " (and " + (result.getProblems().size() - 1) + " more problems)";
        }
        return new Outcome.Failed(begin.line, begin.column, message);
    }

    /**
     * Whether {@code text} may declare a {@code var}: it holds the word (not as part of a longer
     * name) or a Unicode escape, which could spell it. The rewrite of {@code var} walks the whole
     * tree, a twentieth of the parse, and most files have no such declaration.
     */
    static boolean mayDeclareVar(String text) {
        if (text.contains("\\u")) {
            return true;
        }
        for (int at = text.indexOf("var"); at >= 0; at = text.indexOf("var", at + 1)) {
            boolean startsWord = at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1));
            boolean endsWord = at + 3 == text.length() || !Character.isJavaIdentifierPart(text.charAt(at + 3));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /**
     * A problem without a token range still names its place in its message: a syntax error as
     * "(line 2,col 9)", a lexical error (its TokenMgrException keeps no position of its own) as
     * "Lexical error at line 2, column 9."
     */
    private static Position positionInMessage(String verbose) {
        for (Pattern place : PLACES_IN_MESSAGES) {
            Matcher matcher = place.matcher(verbose);
            if (matcher.find()) {
                return new Position(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
            }
        }
        return new Position(0, 0);
    }

    private static final List<Pattern> PLACES_IN_MESSAGES =
            List.of(Pattern.compile("\\(line (\\d+),col (\\d+)\\)"), Pattern.compile("at line (\\d+), column (\\d+)"));

    /** Keeps the parser's message to one readable line: its lists of expected tokens run long. */
    private static String shorten(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    }

    private static final int MAX_MESSAGE = 160;

    /** The result of parsing one file. */
    public sealed interface Outcome {

        /** The file parsed; the tree is for immediate inspection and must not be kept. */
        record Parsed(CompilationUnit unit) implements Outcome {}

        /** The file did not parse. Line and column are 1-based, or 0 when unknown. */
        record Failed(int line, int column, String message) implements Outcome {}
    }
}
