package io.github.rustfit.report.sarif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rustfit.core.criteria.Verdict;
import io.github.rustfit.core.io.AtomicFiles;
import io.github.rustfit.core.manifest.Component;
import io.github.rustfit.core.manifest.Location;
import io.github.rustfit.core.manifest.Manifest;
import io.github.rustfit.core.manifest.ManifestCommands;
import io.github.rustfit.core.result.Adoption;
import io.github.rustfit.core.result.AnalysisResult;
import io.github.rustfit.core.result.Evidence;
import io.github.rustfit.core.result.ModuleResult;
import io.github.rustfit.core.result.ResultFiles;
import io.github.rustfit.core.result.ReviewState;
import io.github.rustfit.core.result.ReviewState.Status;
import io.github.rustfit.core.result.SignalResult;
import io.github.rustfit.core.review.ReviewDates;
import io.github.rustfit.report.model.Labels;
import io.github.rustfit.report.model.SourceLinks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the result as a SARIF 2.1.0 log ({@code rust-fit.sarif}) for code-scanning tools: each
 * module whose fit review needs attention is a result at its component's line in the manifest
 * (the problems are the result's review states), and each hotspot class of a strong candidate or
 * a module to consider is a note at its file. Built as a Jackson tree in a fixed order, so the
 * same result gives the same bytes. Paths are relative to the execution root ({@code SRCROOT}).
 */
public final class SarifReport {

    /** The log's file name inside the output directory. */
    public static final String FILE_NAME = "rust-fit.sarif";

    /** The schema the log declares. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /** The base every artifact location is relative to. */
    public static final String ROOT = "SRCROOT";

    /** Rule ids, one per kind of finding. */
    public static final String MISSING = "rust-fit/review-missing";

    public static final String STALE = "rust-fit/review-stale";
    public static final String EXPIRED = "rust-fit/review-expired";
    public static final String INCOMPLETE = "rust-fit/review-incomplete";
    public static final String DUE_SOON = "rust-fit/review-due-soon";
    public static final String HOTSPOT = "rust-fit/rust-candidate-hotspot";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Where a rule's help gives the command that records a review, by the plugin's full coordinates
     * and with its values to fill in quoted, so that it runs as printed; it ends the help, so no
     * full stop sticks to its last value.
     */
    private static final String REVIEW_GOAL = "{review}";

    /** Where a rule's help names the manifest, as the run found it. */
    private static final String MANIFEST = "{manifest}";

    /** Where a rule's help names the directory of the reports and review stubs, as the run wrote them. */
    private static final String REPORTS = "{reports}";

    /** The reports' directory, relative to the reactor's root, when the run does not say otherwise. */
    public static final String DEFAULT_REPORTS = "target/rust-fit";

    private record Rule(String id, String name, String shortText, String fullText, String help, String level) {}

    private static final List<Rule> RULES = List.of(
            new Rule(
                    MISSING,
                    "ReviewMissing",
                    "A module that needs a fit review has none.",
                    "The module's verdict calls for a recorded fit review under the configured policy"
                            + " (rustfit.requireReviewFor), and the component manifest records none.",
                    "Copy the module's stub from {reports}/review-stubs.yaml into {manifest}, or record"
                            + " one with this command, each quoted <...> filled in: {review}",
                    "error"),
            new Rule(
                    STALE,
                    "ReviewStale",
                    "The code or the verdict moved since the module's fit review.",
                    "The evidence drifted beyond rustfit.driftTolerance since the review, or the verdict rose.",
                    "Review the module again, then record it, which refreshes the evidence digest and counts,"
                            + " with this command, each quoted <...> filled in: {review}",
                    "error"),
            new Rule(
                    EXPIRED,
                    "ReviewExpired",
                    "The module's fit review is past its revisit date.",
                    "The review's revisitBy date has passed.",
                    "Revisit the decision, then record it again with this command, each quoted <...> filled in:"
                            + " {review}",
                    "error"),
            new Rule(
                    INCOMPLETE,
                    "ReviewIncomplete",
                    "The module's fit review has no real rationale, names no reviewer, is dated after today or is"
                            + " to be revisited more than " + ReviewDates.MAX_HOLD_YEARS + " years after it was made.",
                    "A review needs a rationale in the team's own words, at least one reviewer, the day it was"
                            + " made, which cannot be after today, and a revisit date at most "
                            + ReviewDates.MAX_HOLD_YEARS
                            + " years later.",
                    "Write why the team decided as it did under review.rationale, list the reviewers under"
                            + " review.reviewers, write the day the review was made under review.date, and write"
                            + " under review.revisitBy when the team will look again, at most "
                            + ReviewDates.MAX_HOLD_YEARS
                            + " years after"
                            + " review.date.",
                    "error"),
            new Rule(
                    DUE_SOON,
                    "ReviewDueSoon",
                    "The module's fit review is due for a revisit soon.",
                    "The review's revisitBy date is within rustfit.revisitWarningDays.",
                    "Plan the revisit; once done, record it with this command, each quoted <...> filled in:"
                            + " {review}",
                    "warning"),
            new Rule(
                    HOTSPOT,
                    "RustCandidateHotspot",
                    "A class carrying much of a Rust candidate's strong-fit evidence.",
                    "The module is a strong candidate for Rust, or worth considering, and this class carries a"
                            + " large share of the evidence: where a rewrite would start.",
                    "See the module's section of {reports}/index.html for the evidence, the three questions"
                            + " and the suggested first step.",
                    "note"));

    private SarifReport() {}

    /**
     * The SARIF text of a result.
     *
     * @param result the analysis result, with review states
     * @param manifest the manifest the reviews were judged against, if there is one
     * @param manifestPath the manifest's path relative to the execution root, forward slashes
     * @param failOnMissingReview whether the review gate fails the build on a review problem
     *     ({@code rustfit.failOnMissingReview}): its problems are then errors, as the gate reports
     *     them, else warnings
     */
    public static String render(
            AnalysisResult result, Optional<Manifest> manifest, String manifestPath, boolean failOnMissingReview) {
        return render(
                result,
                manifest,
                manifestPath,
                failOnMissingReview,
                ManifestCommands.of(result.toolVersion()),
                DEFAULT_REPORTS);
    }

    /**
     * The SARIF text of a result, its rules' help suggesting {@code commands} (which carry the
     * settings of the run that made the result) and naming the manifest and {@code reportsPath}, the
     * directory of the reports and review stubs relative to the execution root (forward slashes);
     * the other parameters are {@link #render(AnalysisResult, Optional, String, boolean)}'s.
     */
    public static String render(
            AnalysisResult result,
            Optional<Manifest> manifest,
            String manifestPath,
            boolean failOnMissingReview,
            ManifestCommands commands,
            String reportsPath) {
        ObjectNode log = MAPPER.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", result.tool());
        driver.put("version", result.toolVersion());
        ArrayNode rules = driver.putArray("rules");
        for (Rule rule : RULES) {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("name", rule.name());
            node.putObject("shortDescription").put("text", rule.shortText());
            node.putObject("fullDescription").put("text", rule.fullText());
            node.putObject("help")
                    .put(
                            "text",
                            rule.help()
                                    .replace(MANIFEST, manifestPath)
                                    .replace(REPORTS, reportsPath)
                                    .replace(REVIEW_GOAL, commands.review()));
            node.putObject("defaultConfiguration").put("level", level(rule.level(), failOnMissingReview));
        }
        run.putObject("originalUriBaseIds")
                .putObject(ROOT)
                .putObject("description")
                .put("text", "The directory the build was started in: the reactor's root.");
        ArrayNode results = run.putArray("results");
        for (ModuleResult module : result.modules()) {
            review(module, manifest, manifestPath, failOnMissingReview, results);
        }
        for (ModuleResult module : result.modules()) {
            hotspots(module, results);
        }
        run.put("columnKind", "unicodeCodePoints");
        try {
            return ResultFiles.jsonText(MAPPER, log);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The SARIF log could not be written as JSON", e);
        }
    }

    /** Writes the log atomically; the parameters are {@link #render}'s. */
    public static void write(
            AnalysisResult result,
            Optional<Manifest> manifest,
            String manifestPath,
            boolean failOnMissingReview,
            Path file)
            throws IOException {
        write(
                result,
                manifest,
                manifestPath,
                failOnMissingReview,
                ManifestCommands.of(result.toolVersion()),
                DEFAULT_REPORTS,
                file);
    }

    /** Writes the log atomically; the parameters are {@link #render}'s. */
    public static void write(
            AnalysisResult result,
            Optional<Manifest> manifest,
            String manifestPath,
            boolean failOnMissingReview,
            ManifestCommands commands,
            String reportsPath,
            Path file)
            throws IOException {
        AtomicFiles.writeString(
                file, render(result, manifest, manifestPath, failOnMissingReview, commands, reportsPath));
    }

    /** A rule's level under the gate's policy: what fails the build is an error, else a warning. */
    private static String level(String level, boolean failOnMissingReview) {
        return "error".equals(level) && !failOnMissingReview ? "warning" : level;
    }

    private static void review(
            ModuleResult module,
            Optional<Manifest> manifest,
            String manifestPath,
            boolean failOnMissingReview,
            ArrayNode results) {
        ReviewState state = module.review();
        if (state == null || state.status() == Status.OK || state.status() == Status.NONE) {
            return;
        }
        String ruleId = switch (state.status()) {
            case MISSING -> MISSING;
            case STALE -> STALE;
            case EXPIRED -> EXPIRED;
            case INCOMPLETE -> INCOMPLETE;
            default -> DUE_SOON;
        };
        // as the gate judges it: a required module's problems fail the build only under failOnMissingReview
        String level =
                state.status() != Status.DUE_SOON && state.required() && failOnMissingReview ? "error" : "warning";
        ObjectNode node = result(results, ruleId, level);
        String problems =
                state.problems().isEmpty() ? "Its fit review needs attention." : String.join(" ", state.problems());
        node.putObject("message")
                .put(
                        "text",
                        module.artifactId() + " ("
                                + Labels.verdict(module.verdict()).label() + "): " + problems
                                + (state.component() == null ? "" : " Component: " + state.component() + "."));
        // where the fix goes: the component's review in the manifest, else its entry, else the module's POM
        Optional<Component> component = manifest.flatMap(m -> m.components().stream()
                .filter(c -> c.name().equals(state.component()))
                .findFirst());
        if (component.isPresent()) {
            Location at = manifest.get().locationOf(component.get(), "review");
            location(node, manifestPath, at.line(), at.column());
        } else if (manifest.isPresent()) {
            location(node, manifestPath, 0, 0);
        } else {
            location(node, (".".equals(module.path()) ? "" : module.path() + "/") + "pom.xml", 0, 0);
        }
        node.putObject("properties")
                .put("module", module.artifactId())
                .put("verdict", module.verdict().name())
                .put("reviewStatus", state.status().name());
    }

    private static void hotspots(ModuleResult module, ArrayNode results) {
        Adoption adoption = module.adoption();
        if (adoption == null || !module.verdict().isAtLeast(Verdict.CONSIDER)) {
            return;
        }
        for (Adoption.Hotspot hotspot : adoption.hotspots()) {
            ObjectNode node = result(results, HOTSPOT, "note");
            node.putObject("message")
                    .put(
                            "text",
                            String.format(
                                    Locale.ROOT,
                                    "%s carries %d strong-fit occurrences, %.0f%% of %s's (%s), a %s: %s.%s",
                                    hotspot.type(),
                                    hotspot.occurrences(),
                                    hotspot.share() * 100,
                                    module.artifactId(),
                                    String.join(", ", hotspot.signals()),
                                    Labels.verdict(module.verdict()).label().toLowerCase(Locale.ROOT),
                                    module.judgement().rationale().isEmpty()
                                            ? "see the report"
                                            : module.judgement()
                                                    .rationale()
                                                    .get(module.judgement()
                                                                    .rationale()
                                                                    .size()
                                                            - 1),
                                    adoption.firstStep() == null
                                            ? ""
                                            : " First step: "
                                                    + adoption.firstStep().summary()));
            location(node, hotspot.file(), firstLine(module, hotspot.file()), 0);
            node.putObject("properties")
                    .put("module", module.artifactId())
                    .put("verdict", module.verdict().name())
                    .put("class", hotspot.type());
        }
    }

    /** The first line of the file that the module's evidence names, or 0 when none does. */
    private static int firstLine(ModuleResult module, String file) {
        return module.evidence().signals().stream()
                .map(SignalResult::evidence)
                .flatMap(List::stream)
                .filter(evidence -> evidence.file().equals(file) && evidence.line() > 0)
                .mapToInt(Evidence::line)
                .min()
                .orElse(0);
    }

    private static ObjectNode result(ArrayNode results, String ruleId, String level) {
        ObjectNode node = results.addObject();
        node.put("ruleId", ruleId);
        node.put("ruleIndex", ruleIndex(ruleId));
        node.put("level", level);
        return node;
    }

    private static int ruleIndex(String ruleId) {
        for (int i = 0; i < RULES.size(); i++) {
            if (RULES.get(i).id().equals(ruleId)) {
                return i;
            }
        }
        throw new IllegalArgumentException(ruleId);
    }

    private static void location(ObjectNode result, String path, int line, int column) {
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", SourceLinks.encode(path));
        artifact.put("uriBaseId", ROOT);
        if (line > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", line);
            if (column > 0) {
                region.put("startColumn", column);
            }
        }
    }
}
