package io.github.rustfit.core.parse;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Position;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;

/**
 * A reusable JavaParser set up for analysis: an explicit language level and no comment
 * attribution (signals read code, not comments). Tokens are stored because JavaParser derives
 * every node's line range from them: without them each finding would sit at line 0. Parse problems come back as data. Not
 * thread-safe: use one instance per thread.
 */
public final class SourceParser {

    private final JavaParser parser;
    private final LanguageLevel languageLevel;

    public SourceParser(LanguageLevel languageLevel) {
        this.languageLevel = languageLevel;
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(languageLevel)
                .setStoreTokens(true)
                .setAttributeComments(false)
                .setLexicalPreservationEnabled(false);
        this.parser = new JavaParser(configuration);
    }

    public LanguageLevel languageLevel() {
        return languageLevel;
    }

    /** Parses {@code text}; a syntax error or a parser crash becomes a {@link Outcome.Failed}. */
    public Outcome parse(String text) {
        ParseResult<CompilationUnit> result;
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
                .orElse(new Position(0, 0));
        String message = first.getVerboseMessage().lines().findFirst().orElse(first.getMessage());
        if (result.getProblems().size() > 1) {
            message += " (and " + (result.getProblems().size() - 1) + " more problems)";
        }
        return new Outcome.Failed(begin.line, begin.column, message);
    }

    /** The result of parsing one file. */
    public sealed interface Outcome {

        /** The file parsed; the tree is for immediate inspection and must not be kept. */
        record Parsed(CompilationUnit unit) implements Outcome {}

        /** The file did not parse. Line and column are 1-based, or 0 when unknown. */
        record Failed(int line, int column, String message) implements Outcome {}
    }
}
