package io.github.rustfit.core.analysis;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.parse.LanguageLevels;
import io.github.rustfit.core.signals.Signal;
import java.util.List;

/**
 * What a {@link FileParsing} is started with.
 *
 * @param level the name of the language level to parse at, such as {@code JAVA_21} (see {@link
 *     LanguageLevels}); a name, so that a run the cache serves never loads JavaParser's levels
 * @param signals the file signals to apply, in order
 * @param threads how many files may be parsed at once
 * @param likelyToParse how many files are likely to need parsing (those of modules the cache knows
 *     nothing of)
 * @param files how many files are examined in all
 * @param listener where warnings go
 */
public record ParsingSetup(
        String level, List<Signal> signals, int threads, int likelyToParse, int files, AnalysisListener listener) {

    public ParsingSetup {
        signals = List.copyOf(signals);
    }

    /** The language level to parse at. */
    public LanguageLevel languageLevel() {
        return LanguageLevel.valueOf(level);
    }

    /** Chooses and starts the parsing of one run. */
    @FunctionalInterface
    public interface Strategy {
        FileParsing start(ParsingSetup setup);

        /** Parsing in this JVM, on the setup's threads. */
        Strategy LOCAL = LocalParsing::new;
    }
}
