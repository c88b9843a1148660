package io.github.rustfit.core.signals.prototype;

import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.signals.ModuleFacts;
import io.github.rustfit.core.signals.ModuleFindings;
import io.github.rustfit.core.signals.ModuleSignal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A module that is not production code by its own name (artifactId or directory) or by its
 * packages: examples, demos, samples, prototypes, spikes, playgrounds, benchmarks and test
 * support. A {@code perf} module is a performance harness (a benchmark by another name) and a
 * {@code simulator} stands in for a device or peer so that other code can be tested against it:
 * test support. Only whole name parts count ({@code sampler} is not {@code sample}), and only the
 * module's own names, never its parent directories. A package part counts when it ends the
 * module's own package (the one all its other packages sit under, past a two-part domain such as
 * {@code com.example}) or sits below the packages' shared prefix in most of them; a project-wide
 * namespace such as {@code org.acme.samples}, shared by sibling packages, does not count.
 */
public final class NonProductionModuleSignal implements ModuleSignal {

    /** Single name parts that mark non-production code. */
    static final Set<String> WORDS = Set.of(
            "example",
            "examples",
            "demo",
            "demos",
            "sample",
            "samples",
            "prototype",
            "prototypes",
            "poc",
            "spike",
            "playground",
            "sandbox",
            "benchmark",
            "benchmarks",
            "jmh",
            "bench",
            "perf",
            "simulator",
            "testkit",
            "testing",
            "perftest",
            "testsupport",
            "testutils",
            "testsuite",
            "tests",
            "test",
            "it");
    /**
     * Word endings and beginnings that mark non-production code inside a compound name part,
     * as in {@code microbench}, {@code pkitesting} or {@code testsuite}.
     */
    static final List<String> ENDINGS =
            List.of("testing", "tests", "testsuite", "testkit", "bench", "benchmark", "benchmarks");

    static final List<String> BEGINNINGS = List.of("testsuite", "testkit", "testutil");
    /** Multi-part names, matched as consecutive name parts. */
    static final List<List<String>> PHRASES =
            List.of(List.of("perf", "test"), List.of("test", "support"), List.of("test", "utils"));
    /** Too ambiguous in a package: {@code it} is also Italy's top-level domain. */
    private static final Set<String> NOT_IN_PACKAGES = Set.of("it");

    @Override
    public String id() {
        return "prototype.non-production-module";
    }

    @Override
    public Criterion criterion() {
        return Criterion.PROTOTYPE;
    }

    @Override
    public String description() {
        return "A module whose own name or packages mark it as an example, demo, prototype, benchmark"
                + " or test support, code the article would keep in a flexible language.";
    }

    @Override
    public void inspect(ModuleFacts module, ModuleFindings findings) {
        Optional<ModuleFacts.MarkedName> named = module.markedName(NonProductionModuleSignal::marker);
        if (named.isPresent()) {
            findings.report(module.pomFile(), 0, named.get().sentence("non-production code"));
            return;
        }
        packageMarker(module.packages())
                .ifPresent(word -> findings.report(
                        module.pomFile(),
                        0,
                        "Most of the module's packages sit under a '" + word
                                + "' package, which marks non-production code."));
    }

    /** The first marker word or phrase among {@code tokens}, joined with '-' for a phrase. */
    static Optional<String> marker(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            // a phrase first, so that the explanation names all of it ('perf-test', not 'perf')
            for (List<String> phrase : PHRASES) {
                if (i + phrase.size() <= tokens.size()
                        && tokens.subList(i, i + phrase.size()).equals(phrase)) {
                    return Optional.of(String.join("-", phrase));
                }
            }
            if (WORDS.contains(token)
                    || ENDINGS.stream().anyMatch(token::endsWith)
                    || BEGINNINGS.stream().anyMatch(token::startsWith)) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    static Optional<String> packageMarker(Set<String> packages) {
        if (packages.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> split = packages.stream()
                .sorted()
                .map(name -> Arrays.asList(name.split("\\.")))
                .toList();
        int common = commonPrefixLength(split);
        // the module's own package (one that all its others sit under), past a reverse-domain
        // prefix such as com.example; siblings under a shared project namespace do not qualify
        boolean hasOwnPackage = split.stream().anyMatch(parts -> parts.size() == common);
        if (common >= 3 && hasOwnPackage) {
            String own = split.get(0).get(common - 1);
            if (isPackageMarker(own)) {
                return Optional.of(own);
            }
        }
        // a part below the shared prefix that most packages carry
        for (String candidate : WORDS.stream().sorted().toList()) {
            if (NOT_IN_PACKAGES.contains(candidate)) {
                continue;
            }
            long carrying = split.stream()
                    .filter(parts -> parts.size() > Math.max(common, 2)
                            && parts.subList(Math.max(common, 2), parts.size()).contains(candidate))
                    .count();
            if (carrying * 2 > split.size()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean isPackageMarker(String part) {
        return WORDS.contains(part) && !NOT_IN_PACKAGES.contains(part);
    }

    private static int commonPrefixLength(List<List<String>> split) {
        int length = Collections.min(split.stream().map(List::size).toList());
        for (int i = 0; i < length; i++) {
            String part = split.get(0).get(i);
            int index = i;
            if (!split.stream().allMatch(parts -> parts.get(index).equals(part))) {
                return i;
            }
        }
        return length;
    }
}
