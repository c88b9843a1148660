package io.github.rustfit.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.rustfit.core.criteria.CriterionScore;
import io.github.rustfit.core.criteria.DecisionBasis;
import io.github.rustfit.core.criteria.Margin;
import io.github.rustfit.core.criteria.QuestionAnswer;
import io.github.rustfit.core.criteria.Verdict;
import java.util.List;

/**
 * The judgement of one reactor module, in groups a reader takes one at a time: which module it is,
 * what of it was read, where it sits in the reactor, what the signals found, what the decision
 * rule concluded, where its fit review stands, and where adoption would start.
 *
 * @param identity which module
 * @param sources what of its sources was read, and what could not be
 * @param graph its place in the reactor's dependency graph
 * @param evidence what the signals found, and the density of every criterion
 * @param judgement the three questions answered, the verdict and why
 * @param review where its fit review stands, or null when no review gate ran
 * @param adoption where to start, for strong candidates and modules to consider, and how hard the
 *     cut would be for them and for modules named by {@code rustfit.planFor}; null otherwise
 */
public record ModuleResult(
        Identity identity,
        Sources sources,
        Graph graph,
        Findings evidence,
        Judgement judgement,
        ReviewState review,
        Adoption adoption) {

    /**
     * Which module.
     *
     * @param groupId the module's groupId
     * @param artifactId the module's artifactId
     * @param path directory relative to the execution root ({@code .} for the root)
     * @param packaging the module's packaging
     */
    public record Identity(String groupId, String artifactId, String path, String packaging) {}

    /**
     * What of the module's sources was read.
     *
     * @param roots analysed source roots, relative to the execution root
     * @param files file and size counts
     * @param parseProblems files that could not be read or parsed
     * @param notes things the analysis noticed about its input (a missing source root, say)
     */
    public record Sources(List<String> roots, FileStats files, List<ParseProblem> parseProblems, List<String> notes) {

        public Sources {
            roots = List.copyOf(roots);
            parseProblems = List.copyOf(parseProblems);
            notes = List.copyOf(notes);
        }
    }

    /**
     * The module's place in the reactor, from the POMs.
     *
     * @param dependsOn reactor modules (artifactIds) this module depends on
     * @param dependents production modules of the project (artifactIds) that depend on this module
     */
    public record Graph(List<String> dependsOn, List<String> dependents) {

        public Graph {
            dependsOn = List.copyOf(dependsOn);
            dependents = List.copyOf(dependents);
        }
    }

    /**
     * What the signals found.
     *
     * @param signals every signal that fired, sorted by id
     * @param criteria the density of every criterion, in the criterion's declaration order
     * @param suppressions the manifest's suppressions that set evidence aside in this module, with how
     *     much each did; that evidence counts toward neither the signals above nor the verdict (left
     *     out of the file when empty)
     */
    public record Findings(
            List<SignalResult> signals,
            List<CriterionScore> criteria,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SuppressionUse> suppressions) {

        public Findings {
            signals = List.copyOf(signals);
            criteria = List.copyOf(criteria);
            suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
        }

        /** Findings that no suppression touched. */
        public Findings(List<SignalResult> signals, List<CriterionScore> criteria) {
            this(signals, criteria, List.of());
        }
    }

    /**
     * What the decision rule concluded.
     *
     * @param questions the article's three questions, answered from the evidence
     * @param verdict the decision rule's conclusion
     * @param rationale plain sentences saying why
     * @param whatWouldChange plain sentences saying what would move the verdict
     * @param basis what the decision rule weighed: the ground of the verdict, the trait it names and
     *     the numbers
     * @param margin how far the verdict is from the nearest other one, and which way it leans; null in
     *     results written before margins were computed
     */
    public record Judgement(
            List<QuestionAnswer> questions,
            Verdict verdict,
            List<String> rationale,
            List<String> whatWouldChange,
            DecisionBasis basis,
            Margin margin) {

        public Judgement {
            questions = List.copyOf(questions);
            rationale = List.copyOf(rationale);
            whatWouldChange = List.copyOf(whatWouldChange);
        }

        /** A judgement without a margin, as results written before margins were computed hold. */
        public Judgement(
                List<QuestionAnswer> questions,
                Verdict verdict,
                List<String> rationale,
                List<String> whatWouldChange,
                DecisionBasis basis) {
            this(questions, verdict, rationale, whatWouldChange, basis, null);
        }
    }

    /** The module's artifactId, which names it everywhere. */
    public String artifactId() {
        return identity.artifactId();
    }

    /** The module's directory relative to the execution root, which orders results. */
    public String path() {
        return identity.path();
    }

    /** The decision rule's verdict, which most readers come for. */
    public Verdict verdict() {
        return judgement.verdict();
    }

    /** The extraction plan, if the module has one. */
    public ExtractionPlan extraction() {
        return adoption == null ? null : adoption.extraction();
    }

    /** This result with an extraction plan, in its adoption group (made for it when there is none). */
    public ModuleResult withExtraction(ExtractionPlan plan) {
        Adoption planned = adoption == null ? Adoption.planOnly(plan) : adoption.withExtraction(plan);
        return new ModuleResult(identity, sources, graph, evidence, judgement, review, planned);
    }

    /** This result with other adoption advice. */
    public ModuleResult withAdoption(Adoption advice) {
        return new ModuleResult(identity, sources, graph, evidence, judgement, review, advice);
    }

    /** This result with a review state. */
    public ModuleResult withReview(ReviewState state) {
        return new ModuleResult(identity, sources, graph, evidence, judgement, state, adoption);
    }
}
