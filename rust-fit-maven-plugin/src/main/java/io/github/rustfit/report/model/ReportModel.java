package io.github.rustfit.report.model;

import java.util.List;

/**
 * Everything a report shows, already ordered, counted and formatted, so each renderer (the HTML
 * file, the Markdown summary, the site page) only lays it out. Built by {@link ReportModels} from
 * an analysis result; it holds no Maven types and no timestamps, so equal results give equal
 * reports.
 *
 * <p>Sections whose data the result does not carry (declared answers, reviews, hotspots) are
 * {@code null} or empty here, and renderers say so instead of inventing it.
 *
 * @param toolVersion version of the tool that produced the result
 * @param runFacts the configuration that shaped the analysis, as label/value pairs
 * @param overview reactor-wide counts
 * @param criteria the article's criteria, the columns of the heat map
 * @param questions the article's three questions: a short label and the full text
 * @param modules every module, candidates first (by verdict, then by the strong-fit evidence the
 *     rule weighed, then by name), modules with nothing to judge last
 * @param unjudged the modules with nothing to judge (no Java sources), to fold into one line
 * @param chart modules placed in the decision rule's own regions
 * @param graph the reactor's modules and the dependencies between them
 * @param parseProblems every file that did not parse, over all modules
 * @param comparison what changed since an earlier result, or {@code null} when none was given
 * @param suppressions every suppression of the manifest, in manifest order, with where it set
 *     evidence aside; empty when the manifest has none
 */
public record ReportModel(
        String toolVersion,
        List<Fact> runFacts,
        Overview overview,
        List<CriterionColumn> criteria,
        List<Fact> questions,
        List<ModuleView> modules,
        List<ModuleRef> unjudged,
        FitChart chart,
        ReactorGraph graph,
        List<ProblemView> parseProblems,
        Comparison comparison,
        List<SuppressionView> suppressions) {

    public ReportModel {
        runFacts = List.copyOf(runFacts);
        criteria = List.copyOf(criteria);
        questions = List.copyOf(questions);
        modules = List.copyOf(modules);
        unjudged = List.copyOf(unjudged);
        parseProblems = List.copyOf(parseProblems);
        suppressions = List.copyOf(suppressions);
    }

    /** True when some suppression of the manifest set nothing aside. */
    public boolean anyUnusedSuppression() {
        return suppressions.stream().anyMatch(SuppressionView::unused);
    }

    /** A label and its value, for the run facts. */
    public record Fact(String label, String value) {}

    /**
     * Reactor-wide counts.
     *
     * @param modules number of modules
     * @param verdicts one entry per verdict, strongest first, including zero counts
     * @param candidates modules judged at least worth considering, strongest first
     * @param filesSeen Java files found
     * @param filesParsed files that parsed
     * @param filesFailed files that did not
     * @param linesOfCode lines of code, formatted
     * @param parseCoverage parsed share of seen files, formatted ({@code "-"} with no files)
     * @param reviews review problems over all modules, or {@code null} when the result has none
     */
    public record Overview(
            int modules,
            List<VerdictCount> verdicts,
            List<ModuleRef> candidates,
            int filesSeen,
            int filesParsed,
            int filesFailed,
            String linesOfCode,
            String parseCoverage,
            ReviewSummary reviews) {

        public Overview {
            verdicts = List.copyOf(verdicts);
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * How many modules got one verdict.
     *
     * @param verdict the verdict
     * @param count modules with it
     * @param barStart where its segment of the 0-100 share bar starts, formatted
     * @param barWidth the segment's width, formatted
     */
    public record VerdictCount(VerdictView verdict, int count, String barStart, String barWidth) {}

    /** Review problems over the reactor. */
    public record ReviewSummary(int missing, int stale, int expired) {}

    /**
     * A verdict as shown: the enum name, a reader's label and a short class for colours.
     *
     * @param key the {@code Verdict} constant's name
     * @param label a reader's label such as "Strong candidate"
     * @param css a class name fragment: {@code strong}, {@code consider}, {@code keep} or {@code none}
     * @param rank 3 for the strongest verdict down to 0, for sorting
     */
    public record VerdictView(String key, String label, String css, int rank) {}

    /**
     * A link to one module's section.
     *
     * @param name the artifactId
     * @param anchor id of the module's section
     * @param verdict the verdict
     * @param margin how firm the verdict is, in a few words ({@link ModuleView#margin}); {@code null}
     *     where the link does not show it
     */
    public record ModuleRef(String name, String anchor, VerdictView verdict, String margin) {

        /** A link that does not show the verdict's margin. */
        public ModuleRef(String name, String anchor, VerdictView verdict) {
            this(name, anchor, verdict, null);
        }
    }

    /**
     * One of the article's criteria as a heat-map column.
     *
     * @param id the criterion's stable id
     * @param label a short heading
     * @param description what it means, in one sentence
     * @param side {@code strong-fit} or {@code avoid}
     * @param articleSection where the article discusses it
     */
    public record CriterionColumn(String id, String label, String description, String side, String articleSection) {}

    /**
     * One module as the report shows it.
     *
     * @param anchor id of the module's section in the HTML page
     * @param name the artifactId
     * @param groupId the groupId
     * @param path directory relative to the execution root
     * @param packaging the packaging
     * @param verdict the verdict
     * @param rationale why
     * @param whatWouldChange what would move the verdict
     * @param questions the article's three questions
     * @param yesAnswers how many questions are answered yes (declared answers win over inferred)
     * @param review the module's review record, or {@code null} when the result has none
     * @param files Java files seen
     * @param filesFailed files that did not parse
     * @param linesOfCode lines of code
     * @param criteria one heat-map cell per criterion, in column order
     * @param strongFitDensity summed density of strong-fit criteria per KLOC, formatted
     * @param avoidDensity summed density of avoid criteria per KLOC, formatted
     * @param signals every signal that fired, most frequent first
     * @param signalCount occurrences over all signals
     * @param evidenceCount evidence lines shown over all signals
     * @param hotspots the classes to look at first, or {@code null} when not computed
     * @param firstStep a suggested first step, or {@code null} when not computed
     * @param parseProblems files of this module that did not parse
     * @param notes what the analysis noticed about its input
     * @param sourceRoots analysed source roots
     * @param dependsOn reactor modules this one depends on
     * @param dependents reactor modules that depend on this one
     * @param suppressions the suppressions that set evidence of this module aside, with how much
     * @param margin how firm the verdict is, in a few words: {@code "firm"}, {@code "10% from
     *     Strong candidate"} (that much more or less strong-fit evidence would give that verdict), or
     *     {@code "not computed"} for a result written without margins
     * @param marginLeansToward the verdict the margin leans toward, or {@code null} when firm or not
     *     computed
     */
    public record ModuleView(
            String anchor,
            String name,
            String groupId,
            String path,
            String packaging,
            VerdictView verdict,
            List<String> rationale,
            List<String> whatWouldChange,
            List<QuestionView> questions,
            int yesAnswers,
            ReviewView review,
            int files,
            int filesFailed,
            long linesOfCode,
            List<Cell> criteria,
            String strongFitDensity,
            String avoidDensity,
            String headline,
            List<SignalView> signals,
            int signalCount,
            int evidenceCount,
            List<HotspotView> hotspots,
            String firstStep,
            List<ProblemView> parseProblems,
            List<String> notes,
            List<String> sourceRoots,
            List<String> dependsOn,
            List<String> dependents,
            List<SuppressionView> suppressions,
            String margin,
            VerdictView marginLeansToward) {

        public ModuleView {
            rationale = List.copyOf(rationale);
            whatWouldChange = List.copyOf(whatWouldChange);
            questions = List.copyOf(questions);
            criteria = List.copyOf(criteria);
            signals = List.copyOf(signals);
            hotspots = hotspots == null ? null : List.copyOf(hotspots);
            parseProblems = List.copyOf(parseProblems);
            notes = List.copyOf(notes);
            sourceRoots = List.copyOf(sourceRoots);
            dependsOn = List.copyOf(dependsOn);
            dependents = List.copyOf(dependents);
            suppressions = List.copyOf(suppressions);
        }
    }

    /**
     * A suppression of the manifest and the evidence it set aside.
     *
     * @param at where it is written in the manifest ({@code rust-fit.yaml:12:5})
     * @param what what it sets aside: a signal, files, or a signal in files
     * @param scope where it applies ({@code every module}, {@code modules: a, b})
     * @param reason why, in the team's words
     * @param reviewer who judged the evidence wrong
     * @param occurrences findings it set aside (in the module, or over the reactor)
     * @param bySignal those findings per signal, such as {@code concurrency.atomics 12}
     * @param modules the modules it set evidence aside in, for the reactor-wide list; empty on a card
     * @param unused whether it set nothing aside at all
     */
    public record SuppressionView(
            String at,
            String what,
            String scope,
            String reason,
            String reviewer,
            int occurrences,
            String bySignal,
            List<SuppressedIn> modules,
            boolean unused) {

        public SuppressionView {
            modules = List.copyOf(modules);
        }
    }

    /** A module a suppression set evidence aside in, and how many occurrences. */
    public record SuppressedIn(String module, String anchor, int occurrences) {}

    /**
     * One of the three questions for one module.
     *
     * @param key the question's stable key
     * @param shortLabel a few words naming the question, for table headings
     * @param text the question
     * @param inferred the answer the evidence gives
     * @param declared the team's declared answer, or {@code null} when none is recorded
     * @param reasons why the inferred answer is what it is
     */
    public record QuestionView(
            String key,
            String shortLabel,
            String text,
            AnswerView inferred,
            AnswerView declared,
            List<String> reasons) {

        public QuestionView {
            reasons = List.copyOf(reasons);
        }
    }

    /** An answer as shown: {@code YES}/{@code NO}/{@code UNKNOWN}, a label and a class fragment. */
    public record AnswerView(String key, String label, String css) {}

    /**
     * A module's review record.
     *
     * @param status a short status such as {@code missing}, {@code current}, {@code stale}
     * @param css a class fragment for the status colour
     * @param details label/value lines (reviewer, date, decision, ...)
     */
    public record ReviewView(String status, String css, List<Fact> details) {

        public ReviewView {
            details = List.copyOf(details);
        }
    }

    /**
     * One heat-map cell: how strongly a criterion shows in a module, shaded only when the
     * module's rationale cites it.
     *
     * @param criterion the criterion's id
     * @param strength {@code none}, {@code weak} or {@code strong}, from the criterion's thresholds
     * @param count occurrences
     * @param perKloc occurrences per KLOC, formatted
     * @param cited whether the rationale names this criterion
     * @param shade the strength shown: the strength when cited, else {@code none}
     * @param trace whether the criterion has evidence the rationale does not cite (below its
     *     threshold, or set aside by a gate), drawn as a dot
     */
    public record Cell(
            String criterion, String strength, int count, String perKloc, boolean cited, String shade, boolean trace) {}

    /**
     * One signal's findings in a module.
     *
     * @param id the signal's id
     * @param criterion the id of the criterion it serves
     * @param criterionLabel that criterion's short label
     * @param side {@code strong-fit} or {@code avoid}
     * @param description what the signal looks for
     * @param count every occurrence found
     * @param perKloc occurrences per KLOC, formatted
     * @param evidence the occurrences shown, at most the report's cap
     * @param more occurrences counted but not shown here (the rest of the result's evidence, and
     *     what the result only counted)
     */
    public record SignalView(
            String id,
            String criterion,
            String criterionLabel,
            String side,
            String description,
            int count,
            String perKloc,
            List<EvidenceView> evidence,
            int more) {

        public SignalView {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * One occurrence: where, and the source line.
     *
     * @param location {@code file:line}, or the file alone for file-level evidence
     * @param href the link to the source, or {@code null} when there is none
     * @param snippet the source line or a short description
     * @param repeats how many further occurrences in the same file had the same snippet
     */
    public record EvidenceView(String location, String href, String snippet, int repeats) {}

    /**
     * A class worth looking at first, and why.
     *
     * @param name the class, qualified by its package
     * @param file its file
     * @param href a link to its file, or null
     * @param reason how much strong-fit evidence it carries, and which signals found it
     */
    public record HotspotView(String name, String file, String href, String reason) {}

    /** A file that did not parse; {@code href} links to it, or is null. */
    public record ProblemView(String module, String anchor, String location, String href, String message) {}

    /**
     * What changed since an earlier result.
     *
     * @param previousToolVersion the version that wrote the earlier result
     * @param newCandidates modules that are candidates now but were not
     * @param droppedCandidates modules that were candidates but are not now
     * @param verdictChanges every module whose verdict moved
     * @param signalChanges signals whose count rose or fell, by module
     * @param addedModules modules not in the earlier result
     * @param removedModules modules only in the earlier result
     */
    public record Comparison(
            String previousToolVersion,
            List<ModuleRef> newCandidates,
            List<ModuleRef> droppedCandidates,
            List<VerdictChange> verdictChanges,
            List<SignalChange> signalChanges,
            List<String> addedModules,
            List<String> removedModules) {

        public Comparison {
            newCandidates = List.copyOf(newCandidates);
            droppedCandidates = List.copyOf(droppedCandidates);
            verdictChanges = List.copyOf(verdictChanges);
            signalChanges = List.copyOf(signalChanges);
            addedModules = List.copyOf(addedModules);
            removedModules = List.copyOf(removedModules);
        }

        /** True when nothing the comparison tracks changed. */
        public boolean unchanged() {
            return newCandidates.isEmpty()
                    && droppedCandidates.isEmpty()
                    && verdictChanges.isEmpty()
                    && signalChanges.isEmpty()
                    && addedModules.isEmpty()
                    && removedModules.isEmpty();
        }
    }

    /** A module whose verdict moved. */
    public record VerdictChange(String module, String anchor, VerdictView from, VerdictView to) {}

    /** A signal whose count moved in a module; {@code direction} is {@code up} or {@code down}. */
    public record SignalChange(String module, String anchor, String signal, int before, int after, String direction) {}
}
