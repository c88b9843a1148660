package io.github.rustfit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.core.cache.FileReportCache;
import io.github.rustfit.core.file.FileReport;
import io.github.rustfit.core.result.AnalysisResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order in which files go to the parsing and come back: across a module's end when the cache
 * knows nothing of the next module, and not across it when the next module's lookups need its entries.
 */
class ModuleTallyingTest {

    @TempDir
    Path root;

    private final RecordingListener listener = new RecordingListener();
    /** "sent a/…" when a file goes to the parsing, "took a/…" when its report is tallied. */
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @Test
    void a_module_the_cache_knows_nothing_of_is_sent_to_parsing_before_the_module_ahead_is_tallied() throws Exception {
        AnalysisRequest request = twoModules();

        analyzer().analyze(request, listener);

        assertThat(events.indexOf("sent b/src/main/java/p/B1.java"))
                .as(events.toString())
                .isLessThan(events.indexOf("took a/src/main/java/p/A2.java"));
        assertThat(events.stream().filter(event -> event.startsWith("took")))
                .containsExactly(
                        "took a/src/main/java/p/A1.java",
                        "took a/src/main/java/p/A2.java",
                        "took b/src/main/java/p/B1.java",
                        "took b/src/main/java/p/B2.java");
    }

    @Test
    void a_module_with_earlier_cache_entries_waits_until_the_module_ahead_is_tallied() throws Exception {
        AnalysisRequest request = twoModules();
        Path cacheFile = root.resolve("cache.zip");
        ReactorAnalyzer analyzer = analyzer();
        String fingerprint = analyzer.cacheFingerprint(request, "v");
        analyzer.analyze(request, listener, ReactorAnalyzerTest.cache(cacheFile, fingerprint, listener));
        TestReactors.write(root, "a/src/main/java/p/A2.java", "package p;\nclass A2 { int changed; }\n");
        TestReactors.write(root, "b/src/main/java/p/B2.java", "package p;\nclass B2 { int changed; }\n");
        events.clear();

        AnalysisResult warm;
        try (FileReportCache cache = ReactorAnalyzerTest.cache(cacheFile, fingerprint, listener)) {
            warm = analyzer.analyze(request, listener, cache);
        }

        assertThat(events)
                .containsExactly(
                        "sent a/src/main/java/p/A2.java",
                        "took a/src/main/java/p/A2.java",
                        "sent b/src/main/java/p/B2.java",
                        "took b/src/main/java/p/B2.java");
        assertThat(warm.modules()).hasSize(2);
    }

    @Test
    void sending_ahead_gives_the_result_of_tallying_one_module_at_a_time() throws Exception {
        AnalysisRequest request = twoModules();
        ReactorAnalyzer oneAtATime =
                new ReactorAnalyzer().withThreads(1).withParsing(setup -> new Recording(new LocalParsing(setup), 1));

        assertThat(analyzer().analyze(request, listener)).isEqualTo(oneAtATime.analyze(request, listener));
    }

    private ReactorAnalyzer analyzer() {
        return new ReactorAnalyzer().withThreads(1).withParsing(setup -> new Recording(new LocalParsing(setup), 8));
    }

    private AnalysisRequest twoModules() throws Exception {
        for (String module : List.of("a", "b")) {
            for (int i = 1; i <= 2; i++) {
                String name = module.toUpperCase(java.util.Locale.ROOT) + i;
                TestReactors.write(
                        root,
                        module + "/src/main/java/p/" + name + ".java",
                        "package p;\nclass " + name + " { java.util.concurrent.atomic.AtomicLong n; }\n");
            }
            Files.writeString(root.resolve(module + "/pom.xml"), "<project/>");
        }
        return new AnalysisRequest(
                root,
                List.of(TestReactors.module(root, "a"), TestReactors.module(root, "b")),
                Optional.empty(),
                false,
                false,
                5,
                "v");
    }

    /** Parsing in this JVM that records what is sent and taken, with a window of its own. */
    private final class Recording implements FileParsing {
        private final FileParsing parsing;
        private final int window;

        Recording(FileParsing parsing, int window) {
            this.parsing = parsing;
            this.window = window;
        }

        @Override
        public Future<FileReport> submit(SourceFile file) {
            events.add("sent " + file.relativePath());
            Future<FileReport> report = parsing.submit(file);
            return new Future<>() {
                @Override
                public boolean cancel(boolean mayInterruptIfRunning) {
                    return report.cancel(mayInterruptIfRunning);
                }

                @Override
                public boolean isCancelled() {
                    return report.isCancelled();
                }

                @Override
                public boolean isDone() {
                    return report.isDone();
                }

                @Override
                public FileReport get() throws InterruptedException, ExecutionException {
                    events.add("took " + file.relativePath());
                    return report.get();
                }

                @Override
                public FileReport get(long timeout, TimeUnit unit)
                        throws InterruptedException, ExecutionException, TimeoutException {
                    events.add("took " + file.relativePath());
                    return report.get(timeout, unit);
                }
            };
        }

        @Override
        public int window() {
            return window;
        }

        @Override
        public void close() {
            parsing.close();
        }
    }
}
