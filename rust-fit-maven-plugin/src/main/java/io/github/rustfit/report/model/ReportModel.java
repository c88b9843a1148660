package io.github.rustfit.report.model;

import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.manifest.ManifestCommands;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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
 * @param plans one line per module with an extraction plan, candidates first, for the summary
 * @param commands the commands the report suggests, carrying the settings of the run that wrote it
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
        List<SuppressionView> suppressions,
        List<PlanLine> plans,
        ManifestCommands commands) {

    public ReportModel {
        plans = List.copyOf(plans);
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

    /**
     * At most this many modules get an open card on the page: the strongest candidates, first in
     * page order, or the modules to consider when there is no strong candidate. Every other module
     * folds into one line, so the page grows by a line per module, not by a card.
     */
    public static final int OPEN_CARDS = 5;

    /** {@link #OPEN_CARDS}, for the page's own words. */
    public int openCards() {
        return OPEN_CARDS;
    }

    /**
     * True when {@code module}'s card is open on the page: among the first {@link #OPEN_CARDS} of the
     * strongest verdict on the page, when that is a strong candidate or one to consider (a page of
     * kept modules opens none).
     */
    public boolean opensCard(ModuleView module) {
        if (modules.isEmpty()) {
            return false;
        }
        String lead = modules.get(0).verdict().key();
        if (!lead.equals(Verdict.STRONG_CANDIDATE.name()) && !lead.equals(Verdict.CONSIDER.name())) {
            return false;
        }
        int open = 0;
        for (ModuleView each : modules) {
            if (!each.verdict().key().equals(lead) || open == OPEN_CARDS) {
                return false;
            }
            if (each == module) {
                return true;
            }
            open++;
        }
        return false;
    }

    /**
     * The command that starts a component manifest, with the plugin's full coordinates and the run's
     * settings (as the console's hints print it), so it works as printed in a project that does not
     * declare the plugin.
     */
    public String initCommand() {
        return commands.init();
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
     * @param extraction the module's extraction plan, or {@code null} when it has none
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
            VerdictView marginLeansToward,
            ExtractionView extraction) {

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
     * @param settingChanges the settings that shape the evidence and differ between the two results
     *     (empty when both were made alike)
     */
    public record Comparison(
            String previousToolVersion,
            List<ModuleRef> newCandidates,
            List<ModuleRef> droppedCandidates,
            List<VerdictChange> verdictChanges,
            List<SignalChange> signalChanges,
            List<String> addedModules,
            List<String> removedModules,
            List<SettingChange> settingChanges) {

        /** Said above the comparison when the settings differ: which, and that changes may come from them. */
        public static final String OTHER_SETTINGS = "The earlier result was made with other settings (%s): what"
                + " rose or fell below may have changed with the settings rather than the code.";

        public Comparison {
            settingChanges = List.copyOf(settingChanges);
            newCandidates = List.copyOf(newCandidates);
            droppedCandidates = List.copyOf(droppedCandidates);
            verdictChanges = List.copyOf(verdictChanges);
            signalChanges = List.copyOf(signalChanges);
            addedModules = List.copyOf(addedModules);
            removedModules = List.copyOf(removedModules);
        }

        /** The settings that differ, as a list of {@code name was before, now after}. */
        public String settingsDiffer() {
            return settingChanges.stream().map(SettingChange::text).collect(Collectors.joining(", "));
        }

        /** The note that the settings differ, or null when they do not. */
        public String settingsNote() {
            return settingChanges.isEmpty() ? null : String.format(Locale.ROOT, OTHER_SETTINGS, settingsDiffer());
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

    /**
     * A setting that differs between the earlier result and this one.
     *
     * @param setting its name, as {@code settings} in {@code rust-fit.json} records it
     * @param before its value in the earlier result
     * @param after its value now
     */
    public record SettingChange(String setting, String before, String after) {

        /** {@code name was before, now after}. */
        public String text() {
            return setting + " was " + before + ", now " + after;
        }
    }

    /** A module whose verdict moved. */
    public record VerdictChange(String module, String anchor, VerdictView from, VerdictView to) {}

    /** A signal whose count moved in a module; {@code direction} is {@code up} or {@code down}. */
    public record SignalChange(String module, String anchor, String signal, int before, int after, String direction) {}

    /**
     * One module's extraction plan, in a line of the summary.
     *
     * @param module the artifactId
     * @param anchor its section in the HTML page
     * @param verdict its verdict
     * @param boundary {@code narrow}, {@code chatty}, {@code wide}, or {@code none} without a cut
     * @param summary the cut and its entry points, in a few words
     * @param advice what to do, in a few words
     */
    public record PlanLine(
            String module, String anchor, VerdictView verdict, String boundary, String summary, String advice) {}

    /**
     * One module's extraction plan as shown.
     *
     * @param boundary {@code Narrow}, {@code Chatty} or {@code Wide}; {@code null} without a cut
     * @param css {@code narrow}, {@code chatty}, {@code wide} or {@code none}
     * @param reason why the boundary is what it is
     * @param mechanism which mechanism fits
     * @param cut the cut in a few words: classes, lines, share of the evidence
     * @param explanation how the cut was found
     * @param classes the classes of the cut
     * @param entryPoints the entry points listed
     * @param entryPointsOmitted entry points counted but not listed
     * @param surface the types of the cut used from outside, with who uses them
     * @param needs what the cut needs, as label/value lines
     * @param diagram callers, entry points, cut and dependencies, laid out for an inline SVG
     */
    public record ExtractionView(
            String boundary,
            String css,
            String reason,
            String mechanism,
            String cut,
            String explanation,
            List<CutClassView> classes,
            List<EntryPointView> entryPoints,
            int entryPointsOmitted,
            List<Fact> surface,
            List<Fact> needs,
            Diagram diagram) {

        public ExtractionView {
            classes = List.copyOf(classes);
            entryPoints = List.copyOf(entryPoints);
            surface = List.copyOf(surface);
            needs = List.copyOf(needs);
        }
    }

    /** A class of the cut: its simple name, file, lines, and whether it is a hotspot. */
    public record CutClassView(String name, String file, long linesOfCode, boolean hotspot) {}

    /**
     * An entry point as shown.
     *
     * @param type the declaring type's simple name
     * @param signature the signature
     * @param location {@code file:line}, or empty when inherited
     * @param callSites call sites outside the cut
     * @param inLoops of those, inside loops
     * @param callers who calls it, joined
     * @param through the supertype it is reached through, or empty
     * @param shape bulk, element, stream, callback, graph or control
     * @param crossing the types that cross, classified
     */
    public record EntryPointView(
            String type,
            String signature,
            String location,
            int callSites,
            int inLoops,
            String callers,
            String through,
            String shape,
            List<CrossingView> crossing) {

        public EntryPointView {
            crossing = List.copyOf(crossing);
        }
    }

    /** A type that crosses: as written, its role, {@code cheap} or {@code costly}, and why. */
    public record CrossingView(String type, String role, String css, String why) {}

    /**
     * The plan's diagram: four columns (callers, entry points, the cut, what it needs) of boxes, and
     * the edges between them, in SVG user units.
     */
    public record Diagram(int width, int height, List<Column> columns, List<Box> boxes, List<Edge> edges) {

        public Diagram {
            columns = List.copyOf(columns);
            boxes = List.copyOf(boxes);
            edges = List.copyOf(edges);
        }

        /** A column heading at x. */
        public record Column(String x, String label) {}

        /** A box with its (possibly shortened) label and its full text as a tooltip. */
        public record Box(String x, String y, String width, String height, String css, String label, String title) {}

        /** A line from (x1, y1) to (x2, y2). */
        public record Edge(String x1, String y1, String x2, String y2) {}
    }
}
