package io.github.rustfit.determinism;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.report.SyntheticResults;
import io.github.rustfit.report.html.HtmlReport;
import io.github.rustfit.report.markdown.MarkdownSummary;
import io.github.rustfit.report.model.ReportModel;
import io.github.rustfit.report.model.ReportModels;
import io.github.rustfit.report.sarif.SarifReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same sources give the same bytes whoever runs the build and wherever: the result file and
 * every report are identical in any working directory and under any default locale of the JVM,
 * including locales that write digits other than 0-9, a decimal comma, or a dotless i for
 * {@code "I".toLowerCase()}. (Threads and separate parsing JVMs are held to the same bytes in
 * {@code ReactorAnalyzerTest}.) Issue 12 found this to hold; these tests keep it.
 */
class OutputDeterminismTest {

    /** Default locales that change what locale-sensitive formatting and case mapping produce. */
    private static final List<String> LOCALES =
            List.of("tr-TR", "de-DE", "ar-EG", "fa-IR", "hi-IN-u-nu-deva", "th-TH-u-nu-thai");

    @TempDir
    Path dir;

    @Test
    void the_reports_are_the_same_bytes_under_any_default_locale() {
        Locale original = Locale.getDefault();
        List<String> expected;
        try {
            Locale.setDefault(Locale.US);
            expected = rendered();
            for (String tag : LOCALES) {
                Locale.setDefault(Locale.forLanguageTag(tag));

                assertThat(rendered())
                        .as("the reports under the default locale %s", tag)
                        .isEqualTo(expected);
            }
        } finally {
            Locale.setDefault(original);
        }
    }

    private static List<String> rendered() {
        ReportModel model = ReportModels.of(SyntheticResults.rich(), Optional.of(SyntheticResults.earlier()));
        return List.of(
                HtmlReport.render(model),
                HtmlReport.renderFragment(model),
                MarkdownSummary.render(model),
                SarifReport.render(SyntheticResults.rich(), Optional.empty(), "rust-fit.yaml", true));
    }

    /** One run in a JVM of its own: where it starts, the language and country it starts with. */
    private record Run(Path workingDirectory, String language, String country) {}

    @Test
    void a_run_writes_the_same_bytes_in_any_working_directory_and_locale() throws Exception {
        Path project = dir.resolve("project");
        writeReactor(project);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/deeper"));
        List<Run> runs = List.of(
                new Run(project, "en", "US"),
                new Run(elsewhere, "tr", "TR"),
                new Run(project.resolve("b/src/main/java"), "ar", "EG"),
                new Run(dir, "de", "DE"));

        List<Path> outputs = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            // output directories at the same depth, so the reports' relative links to the sources agree
            Path out = dir.resolve("out/" + i);
            runInItsOwnJvm(runs.get(i), project, out);
            outputs.add(out);
        }

        List<String> names = fileNames(outputs.get(0));
        assertThat(names)
                .contains("rust-fit.json", "index.html", "summary.md", "rust-fit.sarif", "rich.html", "rich.md");
        assertThat(Files.readString(outputs.get(0).resolve("rust-fit.json")))
                .as("the run analysed the modules and found evidence")
                .contains("\"artifactId\" : \"c\"")
                .contains("\"evidence\"");
        for (int i = 1; i < runs.size(); i++) {
            assertThat(fileNames(outputs.get(i))).as("files of %s", runs.get(i)).isEqualTo(names);
            for (String name : names) {
                assertThat(Files.readAllBytes(outputs.get(i).resolve(name)))
                        .as("%s written by %s", name, runs.get(i))
                        .isEqualTo(Files.readAllBytes(outputs.get(0).resolve(name)));
            }
        }
    }

    /** Three modules of the signal fixtures, and a file that does not parse. */
    private void writeReactor(Path project) throws IOException, java.net.URISyntaxException {
        Path fixtures = Path.of(getClass().getResource("/signal-fixtures").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(fixtures)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            String module = OutputsOfOneRun.MODULES.get(i % OutputsOfOneRun.MODULES.size());
            Path file = project.resolve(module + "/src/main/java/f/F" + i + ".java");
            Files.createDirectories(file.getParent());
            Files.copy(files.get(i), file);
        }
        Files.writeString(project.resolve("b/src/main/java/f/Broken.java"), "class Broken {");
    }

    private static void runInItsOwnJvm(Run run, Path project, Path out) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = Files.createDirectories(out.getParent()).resolve(out.getFileName() + ".log");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-Duser.language=" + run.language(),
                        "-Duser.country=" + run.country(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        OutputsOfOneRun.class.getName(),
                        project.toAbsolutePath().toString(),
                        out.toAbsolutePath().toString())
                .directory(run.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("the run %s ends", run)
                .isTrue();
        assertThat(process.exitValue())
                .as("the run %s: %s", run, Files.readString(log, StandardCharsets.UTF_8))
                .isZero();
    }

    private static List<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
