package io.github.rustfit.report;

import io.github.rustfit.core.criteria.Answer;
import io.github.rustfit.core.criteria.Criterion;
import io.github.rustfit.core.criteria.CriterionScore;
import io.github.rustfit.core.criteria.CriterionScore.Strength;
import io.github.rustfit.core.criteria.DecisionBasis;
import io.github.rustfit.core.criteria.DecisionRule.Ground;
import io.github.rustfit.core.criteria.Margin;
import io.github.rustfit.core.criteria.ModuleEvidence;
import io.github.rustfit.core.criteria.Question;
import io.github.rustfit.core.criteria.QuestionAnswer;
import io.github.rustfit.core.criteria.Side;
import io.github.rustfit.core.criteria.Trait;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.Evidence;
import io.github.rustfit.core.result.FileStats;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ParseProblem;
import io.github.rustfit.core.result.RunSettings;
import io.github.rustfit.core.result.SignalResult;
import io.github.rustfit.core.result.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * Analysis results built in code, rich enough to exercise every part of the report: several
 * verdicts, signals with evidence, parse problems, and a snippet that tries to break out of HTML.
 */
public final class SyntheticResults {

    /** A source line that would run script if a report pasted it into HTML unescaped. */
    public static final String SCRIPT_SNIPPET = "String s = \"</script><script>alert(1)</script>\";";

    /** A rationale line carrying HTML, as a team might paste into a manifest. */
    public static final String HTML_RATIONALE =
            "Reviewed <b>twice</b>: <img src=x onerror=alert(2)> see <a href=\"javascript:alert(3)\">notes</a>";

    private SyntheticResults() {}

    /** A small reactor with one module of each kind. */
    public static AnalysisResult rich() {
        List<ModuleResult> modules = new ArrayList<>();
        modules.add(module("example", "parent", ".", "pom", Verdict.NOT_ANALYZED, new FileStats(0, 0, 0, 0))
                .rationale("The module has no Java sources to judge.")
                .build());
        modules.add(module("example", "demo-app", "demo-app", "jar", Verdict.KEEP, new FileStats(6, 6, 0, 540))
                .signal(
                        "demo-main-method",
                        Criterion.PROTOTYPE,
                        "A class whose main method exists to try something out.",
                        4,
                        ev("demo-app/src/main/java/demo/Try.java", 12, "public static void main(String[] args) {"),
                        ev("demo-app/src/main/java/demo/Scratch.java", 7, "public static void main(String[] args) {"))
                .answer(Question.MEMORY_SAFETY_INCIDENT, Answer.NO, "No network-facing code was found.")
                .answer(Question.TAIL_LATENCY_CRITICAL, Answer.NO, "No hot-path code was found.")
                .answer(Question.SHARED_INFRASTRUCTURE, Answer.NO, "No other reactor module depends on it.")
                .rationale("Prototype code: its shape still changes, so ownership rework would cost most.")
                .change("Hot-path or network code appearing here would move it to Consider.")
                .build());
        modules.add(module(
                        "example",
                        "gateway",
                        "services/gateway",
                        "jar",
                        Verdict.STRONG_CANDIDATE,
                        new FileStats(42, 42, 0, 6_200))
                .signal(
                        "server-socket-channel",
                        Criterion.SAFETY_CRITICAL_SERVICE,
                        "Accepts connections from the network on a socket channel.",
                        9,
                        ev(
                                "services/gateway/src/main/java/gw/Acceptor.java",
                                31,
                                "ServerSocketChannel server = ServerSocketChannel.open();"),
                        ev(
                                "services/gateway/src/main/java/gw/Acceptor.java",
                                44,
                                "SocketChannel client = server.accept();"))
                .signal(
                        "length-prefixed-frame",
                        Criterion.DATA_PLANE,
                        "Decodes length-prefixed frames straight from byte buffers.",
                        23,
                        repeated(
                                "services/gateway/src/main/java/gw/FrameDecoder.java",
                                20,
                                12,
                                "int length = buffer.getInt();"))
                .signal(
                        "explicit-locks",
                        Criterion.FUNDAMENTAL_CONCURRENCY,
                        "Guards shared state with explicit locks.",
                        14,
                        ev("services/gateway/src/main/java/gw/Sessions.java", 18, "lock.lock();"),
                        ev("services/gateway/src/main/java/gw/Sessions.java", 55, SCRIPT_SNIPPET))
                .answer(Question.MEMORY_SAFETY_INCIDENT, Answer.YES, "It accepts connections from the network.")
                .answer(Question.TAIL_LATENCY_CRITICAL, Answer.YES, "Frame decoding sits on the request path.")
                .answer(Question.SHARED_INFRASTRUCTURE, Answer.YES, "Three reactor modules depend on it.")
                .rationale(
                        "Three of three questions are answered yes.",
                        "Network-facing frame decoding is where memory safety and latency are the product.")
                .change("Removing the socket handling from this module would lower it to Consider.")
                .dependents("orders-api", "graph-model", "scheduler")
                .core(45)
                .build());
        modules.add(module(
                        "example", "graph-model", "graph-model", "jar", Verdict.KEEP, new FileStats(18, 18, 0, 2_100))
                .signal(
                        "mutual-node-references",
                        Criterion.SELF_REFERENTIAL_DATA,
                        "Nodes that hold references to nodes of their own type and change them.",
                        11,
                        ev("graph-model/src/main/java/g/Node.java", 9, "private Node parent;"),
                        ev("graph-model/src/main/java/g/Node.java", 10, "private List<Node> children;"))
                .answer(Question.MEMORY_SAFETY_INCIDENT, Answer.NO, "No network-facing code was found.")
                .answer(Question.TAIL_LATENCY_CRITICAL, Answer.UNKNOWN, "The evidence does not decide.")
                .answer(Question.SHARED_INFRASTRUCTURE, Answer.YES, "Another reactor module depends on it.")
                .rationale("Graph-shaped data whose nodes mutate each other fights the borrow checker.", HTML_RATIONALE)
                .change("Replacing node references with indices into an arena would weaken the avoid evidence.")
                .dependsOn("gateway")
                .build());
        modules.add(module(
                        "example",
                        "legacy-parser",
                        "legacy-parser",
                        "jar",
                        Verdict.CONSIDER,
                        new FileStats(12, 10, 2, 1_800))
                .signal(
                        "byte-level-parsing",
                        Criterion.DATA_PLANE,
                        "Reads and branches on single bytes of input.",
                        7,
                        ev("legacy-parser/src/main/java/lp/Lexer.java", 77, "byte b = input[position++];"))
                .problem(
                        "legacy-parser/src/main/java/lp/Broken.java",
                        14,
                        5,
                        "Parse error. Found \"}\", expected one of \";\" <EOF>")
                .problem("legacy-parser/src/main/java/lp/Weird.java", 0, 0, "Malformed input: not UTF-8 <b>bold</b>")
                .answer(Question.MEMORY_SAFETY_INCIDENT, Answer.UNKNOWN, "The evidence does not decide.")
                .answer(Question.TAIL_LATENCY_CRITICAL, Answer.YES, "Byte-level parsing sits on the hot path.")
                .answer(Question.SHARED_INFRASTRUCTURE, Answer.YES, "Two reactor modules depend on it.")
                .rationale("Two of three questions are answered yes.")
                .change("A declared 'no' for tail latency would lower it to Keep.")
                .build());
        modules.add(module(
                        "example",
                        "orders-api",
                        "services/orders-api",
                        "jar",
                        Verdict.KEEP,
                        new FileStats(64, 64, 0, 8_900))
                .signal(
                        "rest-controller",
                        Criterion.CRUD_SERVICE,
                        "An HTTP controller that maps requests to repository calls.",
                        31,
                        ev("services/orders-api/src/main/java/o/OrderController.java", 15, "@RestController"),
                        ev(
                                "services/orders-api/src/main/java/o/OrderRepository.java",
                                8,
                                "interface OrderRepository extends JpaRepository<Order, Long> {"))
                .answer(Question.MEMORY_SAFETY_INCIDENT, Answer.NO, "No network-facing code of its own.")
                .answer(Question.TAIL_LATENCY_CRITICAL, Answer.NO, "Request, database call, JSON out.")
                .answer(Question.SHARED_INFRASTRUCTURE, Answer.NO, "No other reactor module depends on it.")
                .rationale("A plain CRUD service: the runtime is not its bottleneck.")
                .change("A latency budget declared in a manifest would bring it to Consider.")
                .dependsOn("gateway")
                .build());
        modules.add(
                module("example", "scheduler", "scheduler", "jar", Verdict.CONSIDER, new FileStats(20, 20, 0, 3_100))
                        .signal(
                                "explicit-locks",
                                Criterion.FUNDAMENTAL_CONCURRENCY,
                                "Guards shared state with explicit locks.",
                                19,
                                ev(
                                        "scheduler/src/main/java/s/Queue.java",
                                        40,
                                        "private final ReentrantLock lock = new ReentrantLock();"),
                                ev("scheduler/src/main/java/s/Queue.java", 61, "lock.lock();"))
                        .answer(Question.MEMORY_SAFETY_INCIDENT, Answer.NO, "No network-facing code was found.")
                        .answer(Question.TAIL_LATENCY_CRITICAL, Answer.YES, "Its concurrency is the hard part.")
                        .answer(Question.SHARED_INFRASTRUCTURE, Answer.YES, "Another reactor module depends on it.")
                        .rationale("Two of three questions are answered yes.")
                        .change("Fewer shared-state locks would lower it to Keep.")
                        .dependsOn("gateway")
                        .build());
        return result(modules);
    }

    /** {@link #rich()} as it might have looked earlier: scheduler was kept, orders-api had fewer controllers. */
    public static AnalysisResult earlier() {
        List<ModuleResult> modules = new ArrayList<>();
        for (ModuleResult module : rich().modules()) {
            if (module.artifactId().equals("scheduler")) {
                modules.add(withVerdict(module, Verdict.KEEP));
            } else if (module.artifactId().equals("orders-api")) {
                SignalResult signal = module.evidence().signals().get(0);
                modules.add(withSignals(
                        module,
                        List.of(new SignalResult(
                                signal.id(),
                                signal.criterion(),
                                signal.description(),
                                12,
                                signal.perKloc(),
                                signal.evidence(),
                                0))));
            } else {
                modules.add(module);
            }
        }
        return result(modules);
    }

    /** A reactor of {@code moduleCount} modules with {@code evidencePerModule} evidence lines each. */
    public static AnalysisResult large(int moduleCount, int evidencePerModule) {
        List<ModuleResult> modules = new ArrayList<>();
        Verdict[] verdicts = {Verdict.KEEP, Verdict.CONSIDER, Verdict.STRONG_CANDIDATE, Verdict.KEEP};
        for (int i = 0; i < moduleCount; i++) {
            String name = String.format("module-%03d", i);
            ModuleBuilder builder = module(
                            "example",
                            name,
                            "modules/" + name,
                            "jar",
                            verdicts[i % verdicts.length],
                            new FileStats(50, 50, 0, 5_000 + i))
                    .signal(
                            "explicit-locks",
                            Criterion.FUNDAMENTAL_CONCURRENCY,
                            "Guards shared state with explicit locks.",
                            evidencePerModule,
                            distinct("modules/" + name + "/src/main/java/p/Locks.java", evidencePerModule))
                    .rationale("Synthetic module " + i + ".");
            if (verdicts[i % verdicts.length] == Verdict.STRONG_CANDIDATE) {
                // dense enough for the strong-candidate threshold; counted, none of it kept
                builder.signal(
                        "length-prefixed-frame",
                        Criterion.DATA_PLANE,
                        "Decodes length-prefixed frames straight from byte buffers.",
                        100);
            }
            // answers that lead the rule to the verdict given: three yes (with dense evidence), two
            // yes (its evidence is below the strong-candidate density), or none
            Answer answer = verdicts[i % verdicts.length] == Verdict.KEEP ? Answer.NO : Answer.YES;
            builder.answer(Question.MEMORY_SAFETY_INCIDENT, answer, "Synthetic.")
                    .answer(Question.TAIL_LATENCY_CRITICAL, answer, "Synthetic.")
                    .answer(
                            Question.SHARED_INFRASTRUCTURE,
                            verdicts[i % verdicts.length] == Verdict.CONSIDER ? Answer.NO : answer,
                            "Synthetic.");
            modules.add(builder.build());
        }
        return result(modules);
    }

    /**
     * Modules kept on the JVM with every question answered no, each with the given number of lock
     * findings over 5,000 lines and nothing else: points on the top edge of their panel, as far
     * from its left side as their few findings put them.
     */
    public static AnalysisResult keptWithLocks(String[] names, int[] locks) {
        List<ModuleResult> modules = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String file = "modules/" + names[i] + "/src/main/java/p/Locks.java";
            modules.add(module(
                            "example",
                            names[i],
                            "modules/" + names[i],
                            "jar",
                            Verdict.KEEP,
                            new FileStats(50, 50, 0, 5_000))
                    .signal(
                            "explicit-locks",
                            Criterion.FUNDAMENTAL_CONCURRENCY,
                            "Guards shared state with explicit locks.",
                            locks[i],
                            distinct(file, locks[i]))
                    .answer(Question.MEMORY_SAFETY_INCIDENT, Answer.NO, "Synthetic.")
                    .answer(Question.TAIL_LATENCY_CRITICAL, Answer.NO, "Synthetic.")
                    .answer(Question.SHARED_INFRASTRUCTURE, Answer.NO, "Synthetic.")
                    .rationale("Synthetic module " + names[i] + ".")
                    .build());
        }
        return result(modules);
    }

    /** {@link #rich()} with one module's artifactId replaced, as a hostile or odd POM might name it. */
    public static AnalysisResult renamed(String artifactId, String newName) {
        List<ModuleResult> modules = new ArrayList<>();
        for (ModuleResult m : rich().modules()) {
            modules.add(
                    m.artifactId().equals(artifactId)
                            ? new ModuleResult(
                                    new ModuleResult.Identity(
                                            m.identity().groupId(),
                                            newName,
                                            m.path(),
                                            m.identity().packaging()),
                                    m.sources(),
                                    m.graph(),
                                    m.evidence(),
                                    m.judgement(),
                                    m.review(),
                                    m.adoption())
                            : m);
        }
        return result(modules);
    }

    /** {@link #rich()} without its strong candidates, as a project with none would be judged. */
    public static AnalysisResult richWithoutStrongCandidates() {
        List<ModuleResult> modules = new ArrayList<>();
        for (ModuleResult m : rich().modules()) {
            if (m.judgement().verdict() != Verdict.STRONG_CANDIDATE) {
                modules.add(m);
            }
        }
        return result(modules);
    }

    /** {@code result} with the given margins, by artifactId; other modules keep none. */
    public static AnalysisResult withMargins(AnalysisResult result, java.util.Map<String, Margin> margins) {
        List<ModuleResult> modules = new ArrayList<>();
        for (ModuleResult m : result.modules()) {
            ModuleResult.Judgement j = m.judgement();
            modules.add(new ModuleResult(
                    m.identity(),
                    m.sources(),
                    m.graph(),
                    m.evidence(),
                    new ModuleResult.Judgement(
                            j.questions(),
                            j.verdict(),
                            j.rationale(),
                            j.whatWouldChange(),
                            j.basis(),
                            margins.get(m.artifactId())),
                    m.review(),
                    m.adoption()));
        }
        return result(modules);
    }

    /**
     * A reactor shaped like one a user reported on: 27 modules in seven layers, 9 of them set apart,
     * long names side by side, two strong candidates drawn close to two considered modules at one
     * point of the rule's map. The numbers are the rule's as that run recorded them.
     */
    public static AnalysisResult layered() {
        List<ModuleResult> modules = new ArrayList<>();
        modules.add(judged(
                "kit",
                ".",
                "pom",
                Verdict.NOT_ANALYZED,
                0,
                new DecisionBasis(Ground.NO_SOURCES, null, 0, 3, false, 0.00, 0.00, 0.00, 0.00, 0.00, List.of())));
        modules.add(judged(
                "kit-docs",
                "docs",
                "pom",
                Verdict.NOT_ANALYZED,
                0,
                new DecisionBasis(Ground.NO_SOURCES, null, 0, 3, false, 0.00, 0.00, 0.00, 0.00, 0.00, List.of())));
        modules.add(judged(
                "engine-shim",
                "engine-shim",
                "jar",
                Verdict.KEEP,
                204,
                new DecisionBasis(Ground.TOO_FEW_YES, null, 1, 0, false, 0.67, 0.00, 0.67, 0.67, 0.00, List.of())));
        modules.add(judged(
                "kit-api",
                "kit-api",
                "jar",
                Verdict.CONSIDER,
                15165,
                new DecisionBasis(
                        Ground.NOT_DENSE_ENOUGH, null, 2, 1, true, 9.32, 0.19, 30.81, 16.95, 2.99, List.of())));
        modules.add(judged(
                "kit-build-tools",
                "kit-build-tools",
                "jar",
                Verdict.NOT_ANALYZED,
                0,
                new DecisionBasis(Ground.NO_SOURCES, null, 0, 3, false, 0.00, 0.00, 0.00, 0.00, 0.00, List.of())));
        modules.add(judged(
                "kit-common",
                "kit-common",
                "jar",
                Verdict.CONSIDER,
                3172,
                new DecisionBasis(
                        Ground.CAPPED_BY_TRAIT,
                        Trait.SHARED_UTILITIES,
                        2,
                        1,
                        true,
                        16.06,
                        0.54,
                        30.88,
                        22.27,
                        4.91,
                        List.of()),
                "engine-shim",
                "kit-api"));
        modules.add(judged(
                "kit-dag",
                "kit-dag",
                "jar",
                Verdict.CONSIDER,
                38994,
                new DecisionBasis(
                        Ground.NOT_DENSE_ENOUGH, null, 2, 0, true, 11.80, 0.40, 24.36, 16.95, 0.22, List.of()),
                "engine-shim",
                "kit-api",
                "kit-common",
                "kit-runtime-internals",
                "kit-runtime-library"));
        modules.add(judged(
                "kit-dist",
                "kit-dist",
                "pom",
                Verdict.NOT_ANALYZED,
                0,
                new DecisionBasis(Ground.NO_SOURCES, null, 0, 3, false, 0.00, 0.00, 0.00, 0.00, 0.00, List.of()),
                "engine-shim",
                "kit-api",
                "kit-dag",
                "kit-examples",
                "kit-job-analyzer",
                "kit-protocol-history-plugin",
                "kit-tests",
                "kit-zone-timeline-cache-plugin",
                "kit-zone-timeline-history-with-acls",
                "kit-zone-timeline-history-with-fs"));
        modules.add(judged(
                "kit-examples",
                "kit-examples",
                "jar",
                Verdict.KEEP,
                1753,
                new DecisionBasis(Ground.NON_PRODUCTION, null, 0, 0, false, 1.33, 0.00, 1.96, 1.61, 1.61, List.of()),
                "kit-api",
                "kit-common",
                "kit-mapstages",
                "kit-runtime-library"));
        modules.add(judged(
                "kit-ext-service-tests",
                "kit-ext-service-tests",
                "jar",
                Verdict.NOT_ANALYZED,
                0,
                new DecisionBasis(Ground.NO_SOURCES, null, 0, 3, false, 0.00, 0.00, 0.00, 0.00, 0.00, List.of()),
                "engine-shim",
                "kit-dag",
                "kit-runtime-internals",
                "kit-runtime-library"));
        modules.add(judged(
                "kit-mapstages",
                "kit-mapstages",
                "jar",
                Verdict.CONSIDER,
                9627,
                new DecisionBasis(Ground.STRONG_CORE, null, 0, 3, false, 9.08, 0.00, 28.23, 16.01, 2.46, List.of()),
                "engine-shim",
                "kit-api",
                "kit-common",
                "kit-runtime-library"));
        modules.add(judged(
                "kit-plugins",
                "kit-plugins",
                "pom",
                Verdict.NOT_ANALYZED,
                0,
                new DecisionBasis(Ground.NO_SOURCES, null, 0, 3, false, 0.00, 0.00, 0.00, 0.00, 0.00, List.of())));
        modules.add(judged(
                "kit-aux-services",
                "kit-plugins/kit-aux-services",
                "jar",
                Verdict.KEEP,
                1753,
                new DecisionBasis(Ground.TOO_FEW_YES, null, 0, 2, false, 10.65, 0.00, 10.94, 10.79, 3.60, List.of()),
                "kit-api",
                "kit-runtime-library"));
        modules.add(judged(
                "kit-history-parser",
                "kit-plugins/kit-history-parser",
                "jar",
                Verdict.KEEP,
                2795,
                new DecisionBasis(Ground.TOO_FEW_YES, null, 0, 1, false, 0.61, 0.00, 1.31, 0.89, 0.89, List.of()),
                "kit-api",
                "kit-common",
                "kit-dag",
                "kit-protocol-history-plugin",
                "kit-zone-timeline-history"));
        modules.add(judged(
                "kit-protocol-history-plugin",
                "kit-plugins/kit-protocol-history-plugin",
                "jar",
                Verdict.KEEP,
                1673,
                new DecisionBasis(Ground.TOO_FEW_YES, null, 0, 1, false, 1.84, 0.00, 1.95, 1.89, 0.47, List.of()),
                "kit-common",
                "kit-dag"));
        modules.add(judged(
                "kit-zone-timeline-cache-plugin",
                "kit-plugins/kit-zone-timeline-cache-plugin",
                "jar",
                Verdict.KEEP,
                157,
                new DecisionBasis(Ground.TOO_FEW_YES, null, 0, 0, false, 0.00, 0.00, 0.00, 0.00, 0.00, List.of()),
                "kit-common"));
        modules.add(judged(
                "kit-zone-timeline-history",
                "kit-plugins/kit-zone-timeline-history",
                "jar",
                Verdict.KEEP,
                999,
                new DecisionBasis(Ground.TOO_FEW_YES, null, 1, 1, false, 3.33, 0.00, 3.33, 3.33, 0.00, List.of()),
                "kit-api",
                "kit-common",
                "kit-dag"));
        modules.add(judged(
                "kit-zone-timeline-history-with-acls",
                "kit-plugins/kit-zone-timeline-history-with-acls",
                "jar",
                Verdict.KEEP,
                201,
                new DecisionBasis(Ground.TOO_FEW_YES, null, 0, 0, false, 0.00, 0.00, 0.00, 0.00, 0.00, List.of()),
                "kit-api",
                "kit-common",
                "kit-dag",
                "kit-zone-timeline-history"));
        modules.add(judged(
                "kit-zone-timeline-history-with-fs",
                "kit-plugins/kit-zone-timeline-history-with-fs",
                "jar",
                Verdict.KEEP,
                614,
                new DecisionBasis(Ground.TOO_FEW_YES, null, 0, 1, false, 3.33, 0.00, 3.33, 3.33, 0.00, List.of()),
                "engine-shim",
                "kit-api",
                "kit-common",
                "kit-dag",
                "kit-zone-timeline-history"));
        modules.add(judged(
                "kit-runtime-internals",
                "kit-runtime-internals",
                "jar",
                Verdict.STRONG_CANDIDATE,
                5887,
                new DecisionBasis(Ground.STRONG_FIT, null, 2, 1, true, 35.85, 0.00, 73.53, 51.34, 31.95, List.of()),
                "engine-shim",
                "kit-api",
                "kit-common"));
        modules.add(judged(
                "kit-runtime-library",
                "kit-runtime-library",
                "jar",
                Verdict.STRONG_CANDIDATE,
                24470,
                new DecisionBasis(Ground.STRONG_FIT, null, 2, 1, true, 15.45, 0.40, 38.79, 24.48, 5.20, List.of()),
                "kit-api",
                "kit-common"));
        modules.add(judged(
                "kit-tests",
                "kit-tests",
                "jar",
                Verdict.KEEP,
                4538,
                new DecisionBasis(Ground.NON_PRODUCTION, null, 0, 2, false, 3.57, 0.00, 10.93, 6.25, 6.25, List.of()),
                "kit-api",
                "kit-common",
                "kit-examples",
                "kit-mapstages",
                "kit-runtime-library"));
        modules.add(judged(
                "kit-tools",
                "kit-tools",
                "pom",
                Verdict.NOT_ANALYZED,
                0,
                new DecisionBasis(Ground.NO_SOURCES, null, 0, 3, false, 0.00, 0.00, 0.00, 0.00, 0.00, List.of())));
        modules.add(judged(
                "kit-perf-analyzer",
                "kit-tools/analyzers",
                "pom",
                Verdict.NOT_ANALYZED,
                0,
                new DecisionBasis(Ground.NO_SOURCES, null, 0, 3, false, 0.00, 0.00, 0.00, 0.00, 0.00, List.of())));
        modules.add(judged(
                "kit-job-analyzer",
                "kit-tools/analyzers/job-analyzer",
                "jar",
                Verdict.KEEP,
                2923,
                new DecisionBasis(
                        Ground.KEPT_BY_TRAIT,
                        Trait.COMMAND_LINE_TOOL,
                        0,
                        0,
                        false,
                        0.29,
                        0.00,
                        0.66,
                        0.44,
                        0.00,
                        List.of()),
                "engine-shim",
                "kit-api",
                "kit-common",
                "kit-dag",
                "kit-history-parser",
                "kit-runtime-library",
                "kit-zone-timeline-history"));
        modules.add(judged(
                "kit-jardocs-tools",
                "kit-tools/kit-jardocs-tools",
                "jar",
                Verdict.KEEP,
                552,
                new DecisionBasis(
                        Ground.KEPT_BY_TRAIT,
                        Trait.COMMAND_LINE_TOOL,
                        0,
                        0,
                        false,
                        0.00,
                        0.00,
                        0.00,
                        0.00,
                        0.00,
                        List.of()),
                "kit-api"));
        modules.add(judged(
                "kit-ui",
                "kit-ui",
                "war",
                Verdict.NOT_ANALYZED,
                0,
                new DecisionBasis(Ground.NO_SOURCES, null, 0, 3, false, 0.00, 0.00, 0.00, 0.00, 0.00, List.of())));
        return result(modules);
    }

    private static ModuleResult judged(
            String artifactId,
            String path,
            String packaging,
            Verdict verdict,
            long lines,
            DecisionBasis basis,
            String... dependsOn) {
        int files = lines == 0 ? 0 : (int) Math.max(1, lines / 120);
        List<QuestionAnswer> questions = new ArrayList<>();
        for (Question question : Question.values()) {
            questions.add(new QuestionAnswer(question, Answer.UNKNOWN, List.of()));
        }
        return new ModuleResult(
                new ModuleResult.Identity("example", artifactId, path, packaging),
                new ModuleResult.Sources(
                        files == 0 ? List.of() : List.of(path + "/src/main/java"),
                        new FileStats(files, files, 0, lines),
                        List.of(),
                        List.of()),
                new ModuleResult.Graph(List.of(dependsOn), List.of()),
                new ModuleResult.Findings(List.of(), List.of()),
                new ModuleResult.Judgement(questions, verdict, List.of("Judged by the rule."), List.of(), basis),
                null,
                null);
    }

    private static AnalysisResult result(List<ModuleResult> modules) {
        return new AnalysisResult(
                AnalysisResult.SCHEMA_VERSION,
                "rust-fit",
                "0.1.0-test",
                new RunSettings("21", false, false, 20),
                Summary.of(modules),
                modules);
    }

    private static ModuleResult withVerdict(ModuleResult m, Verdict verdict) {
        return new ModuleResult(
                m.identity(),
                m.sources(),
                m.graph(),
                m.evidence(),
                new ModuleResult.Judgement(
                        m.judgement().questions(),
                        verdict,
                        m.judgement().rationale(),
                        m.judgement().whatWouldChange(),
                        null),
                null,
                null);
    }

    private static ModuleResult withSignals(ModuleResult m, List<SignalResult> signals) {
        return new ModuleResult(
                m.identity(),
                m.sources(),
                m.graph(),
                new ModuleResult.Findings(signals, m.evidence().criteria()),
                new ModuleResult.Judgement(
                        m.judgement().questions(),
                        m.verdict(),
                        m.judgement().rationale(),
                        m.judgement().whatWouldChange(),
                        null),
                null,
                null);
    }

    private static Evidence[] distinct(String file, int count) {
        Evidence[] evidence = new Evidence[count];
        for (int i = 0; i < count; i++) {
            evidence[i] = new Evidence(file, 10 + i * 4, "lock" + i + ".lock();");
        }
        return evidence;
    }

    static Evidence ev(String file, int line, String snippet) {
        return new Evidence(file, line, snippet);
    }

    private static Evidence[] repeated(String file, int firstLine, int count, String snippet) {
        Evidence[] evidence = new Evidence[count];
        for (int i = 0; i < count; i++) {
            evidence[i] = new Evidence(file, firstLine + i * 3, snippet);
        }
        return evidence;
    }

    static ModuleBuilder module(
            String groupId, String artifactId, String path, String packaging, Verdict verdict, FileStats files) {
        return new ModuleBuilder(groupId, artifactId, path, packaging, verdict, files);
    }

    /** Builds one module result; criterion scores follow from the signals added. */
    static final class ModuleBuilder {
        private final String groupId;
        private final String artifactId;
        private final String path;
        private final String packaging;
        private final Verdict verdict;
        private final FileStats files;
        private final List<SignalResult> signals = new ArrayList<>();
        private final List<QuestionAnswer> answers = new ArrayList<>();
        private final List<String> rationale = new ArrayList<>();
        private final List<String> changes = new ArrayList<>();
        private final List<ParseProblem> problems = new ArrayList<>();
        private final List<String> dependsOn = new ArrayList<>();
        private final List<String> dependents = new ArrayList<>();
        private Double core;

        private ModuleBuilder(
                String groupId, String artifactId, String path, String packaging, Verdict verdict, FileStats files) {
            this.groupId = groupId;
            this.artifactId = artifactId;
            this.path = path;
            this.packaging = packaging;
            this.verdict = verdict;
            this.files = files;
        }

        ModuleBuilder signal(String id, Criterion criterion, String description, int count, Evidence... evidence) {
            double perKloc = files.linesOfCode() == 0 ? 0 : count * 1000.0 / files.linesOfCode();
            List<Evidence> kept = List.of(evidence);
            signals.add(new SignalResult(
                    id, criterion, description, count, perKloc, kept, Math.max(0, count - kept.size())));
            return this;
        }

        ModuleBuilder answer(Question question, Answer answer, String reason) {
            answers.add(new QuestionAnswer(question, answer, List.of(reason)));
            return this;
        }

        ModuleBuilder rationale(String... lines) {
            rationale.addAll(List.of(lines));
            return this;
        }

        ModuleBuilder change(String... lines) {
            changes.addAll(List.of(lines));
            return this;
        }

        ModuleBuilder problem(String file, int line, int column, String message) {
            problems.add(new ParseProblem(file, line, column, message));
            return this;
        }

        ModuleBuilder dependsOn(String... modules) {
            dependsOn.addAll(List.of(modules));
            return this;
        }

        ModuleBuilder dependents(String... modules) {
            dependents.addAll(List.of(modules));
            return this;
        }

        /** Strong-fit evidence per 1000 lines of the module's densest files, denser than the whole. */
        ModuleBuilder core(double density) {
            core = density;
            return this;
        }

        ModuleResult build() {
            List<CriterionScore> scores = new ArrayList<>();
            for (Criterion criterion : Criterion.values()) {
                int count = signals.stream()
                        .filter(signal -> signal.criterion() == criterion)
                        .mapToInt(SignalResult::count)
                        .sum();
                double perKloc = files.linesOfCode() == 0 ? 0 : count * 1000.0 / files.linesOfCode();
                Strength strength = perKloc >= 3 ? Strength.STRONG : perKloc > 0 ? Strength.WEAK : Strength.NONE;
                scores.add(new CriterionScore(criterion, criterion.side(), count, perKloc, strength));
            }
            List<QuestionAnswer> questions = new ArrayList<>(answers);
            for (Question question : Question.values()) {
                if (questions.stream().noneMatch(answer -> answer.question() == question)) {
                    questions.add(new QuestionAnswer(question, Answer.UNKNOWN, List.of()));
                }
            }
            questions.sort((a, b) -> a.question().compareTo(b.question()));
            List<String> roots =
                    files.seen() == 0 ? List.of() : List.of((".".equals(path) ? "" : path + "/") + "src/main/java");
            DecisionBasis basis = basis(scores, questions);
            List<String> rationale = new ArrayList<>(this.rationale);
            if (basis.ground() == Ground.NON_PRODUCTION) {
                rationale.add(0, "This is example, demo, prototype, benchmark or test-support code.");
            } else if (basis.ground().weighsEvidence()) {
                // the sentence the rule writes, naming the criteria it cites
                rationale.add(
                        0,
                        String.format(
                                java.util.Locale.ROOT,
                                "Strong-fit evidence %.1f per 1000 lines%s; avoid evidence %.1f per 1000 lines%s.",
                                basis.strongFit(),
                                named(scores, Side.STRONG_FIT),
                                basis.avoid(),
                                named(scores, Side.AVOID)));
            }
            return new ModuleResult(
                    new ModuleResult.Identity(groupId, artifactId, path, packaging),
                    new ModuleResult.Sources(roots, files, problems, List.of()),
                    new ModuleResult.Graph(dependsOn, dependents),
                    new ModuleResult.Findings(signals, scores),
                    new ModuleResult.Judgement(questions, verdict, rationale, changes, basis),
                    null,
                    null);
        }

        private static String named(List<CriterionScore> scores, Side side) {
            String met = scores.stream()
                    .filter(score -> score.side() == side && score.strength() != Strength.NONE)
                    .map(score -> score.criterion().id() + " "
                            + score.strength().name().toLowerCase(java.util.Locale.ROOT))
                    .collect(java.util.stream.Collectors.joining(", "));
            return met.isEmpty() ? "" : " (" + met + ")";
        }

        /**
         * The numbers the rule would have weighed, and the ground the given verdict rests on: the core
         * is the whole module unless {@link #core} says how dense its densest files are.
         */
        private DecisionBasis basis(List<CriterionScore> scores, List<QuestionAnswer> questions) {
            double strongFit = 0;
            double avoid = 0;
            List<Criterion> cited = new ArrayList<>();
            for (CriterionScore score : scores) {
                if (score.criterion() != Criterion.PROTOTYPE) {
                    if (score.side() == Side.STRONG_FIT) {
                        strongFit += score.perKloc();
                    } else {
                        avoid += score.perKloc();
                    }
                }
                if (score.strength() != Strength.NONE) {
                    cited.add(score.criterion());
                }
            }
            int yes = (int) questions.stream()
                    .filter(answer -> answer.effective() == Answer.YES)
                    .count();
            int open = (int) questions.stream()
                    .filter(answer -> answer.effective() == Answer.UNKNOWN)
                    .count();
            boolean aboutTheCode = questions.stream()
                    .anyMatch(answer ->
                            answer.effective() == Answer.YES && answer.question() != Question.SHARED_INFRASTRUCTURE);
            double coreDensity = core == null ? strongFit : core;
            Ground ground;
            if (files.parsed() == 0) {
                ground = Ground.NO_SOURCES;
                cited = List.of();
            } else if (signals.stream().anyMatch(signal -> signal.criterion() == Criterion.PROTOTYPE)) {
                ground = Ground.NON_PRODUCTION;
                cited = List.of(Criterion.PROTOTYPE);
            } else if (yes >= 2) {
                ground = verdict == Verdict.STRONG_CANDIDATE
                        ? Ground.STRONG_FIT
                        : avoid > strongFit ? Ground.AVOID_OUTWEIGHS : Ground.NOT_DENSE_ENOUGH;
            } else if (verdict == Verdict.CONSIDER) {
                ground = yes == 1 ? Ground.ONE_YES_WITH_EVIDENCE : Ground.STRONG_CORE;
            } else {
                ground = Ground.TOO_FEW_YES;
            }
            return new DecisionBasis(
                    ground,
                    null,
                    yes,
                    open,
                    aboutTheCode,
                    strongFit,
                    avoid,
                    coreDensity,
                    ModuleEvidence.judged(strongFit, coreDensity),
                    0,
                    cited);
        }
    }
}
