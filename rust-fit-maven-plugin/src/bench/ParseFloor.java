// The parse floor for benchmarks: one bare pass of JavaParser over a list of source roots, with
// nothing else done. Run as a single-file program with JavaParser on the class path:
//   java -cp javaparser-core.jar ParseFloor.java <lean|default|lean-tokens> <roots-file>
// where roots-file lists one source root per line. Prints files, lines and seconds.
import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.validator.postprocessors.PostProcessors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

public class ParseFloor {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        List<Path> files = new ArrayList<>();
        for (String root : Files.readAllLines(Path.of(args[1]))) {
            if (root.isBlank() || !Files.isDirectory(Path.of(root))) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        ParserConfiguration configuration = new ParserConfiguration().setAttributeComments(false);
        LanguageLevel newest = LanguageLevel.values()[LanguageLevel.values().length - 1];
        if (mode.startsWith("lean")) {
            // validators off, the newest level's post-processors kept
            configuration.setLanguageLevel(LanguageLevel.RAW);
            PostProcessors post = (PostProcessors) Class.forName(
                            "com.github.javaparser.ast.validator.postprocessors."
                                    + newest.name().replace("JAVA_", "Java") + "PostProcessor")
                    .getDeclaredConstructor()
                    .newInstance();
            configuration.getProcessors().add(() -> new Processor() {
                @Override
                public void postProcess(ParseResult<? extends Node> result, ParserConfiguration ignored) {
                    post.postProcess(result, configuration);
                }
            });
            configuration.setStoreTokens(mode.equals("lean-tokens"));
        } else {
            configuration.setLanguageLevel(newest);
        }
        JavaParser parser = new JavaParser(configuration);
        long start = System.nanoTime();
        long lines = 0;
        int failed = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            lines += text.lines().count();
            ParseResult<CompilationUnit> result = parser.parse(text);
            if (!result.isSuccessful()) {
                failed++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("mode=%s files=%d failed=%d lines=%d seconds=%.2f%n", mode, files.size(), failed, lines, seconds);
    }
}
