package io.github.rustfit.core.result;

import io.github.rustfit.core.criteria.Verdict;
import java.util.List;

/**
 * The judgement of one reactor module.
 *
 * @param groupId the module's groupId
 * @param artifactId the module's artifactId
 * @param path directory relative to the execution root ({@code .} for the root)
 * @param packaging the module's packaging
 * @param sourceRoots analysed source roots, relative to the execution root
 * @param files file and size counts
 * @param parseProblems files that could not be read or parsed
 * @param notes things the analysis noticed about its input (a missing source root, say)
 * @param dependsOn reactor modules (artifactIds) this module depends on
 * @param dependents reactor modules (artifactIds) that depend on this module
 * @param signals every signal that fired, sorted by id
 * @param criteria the density of every criterion, in the criterion's declaration order
 * @param questions the article's three questions, answered from the evidence
 * @param verdict the decision rule's conclusion
 * @param rationale plain sentences saying why
 * @param whatWouldChange plain sentences saying what would move the verdict
 * @param review where the module's fit review stands, or null when no review gate ran
 * @param adoption where to start, for strong candidates and modules to consider; null otherwise
 * @param extraction how hard the cut around the hotspots is, for strong candidates, modules to
 *     consider and modules named by {@code rustfit.planFor}; null otherwise
 */
public record ModuleResult(
        String groupId,
        String artifactId,
        String path,
        String packaging,
        List<String> sourceRoots,
        FileStats files,
        List<ParseProblem> parseProblems,
        List<String> notes,
        List<String> dependsOn,
        List<String> dependents,
        List<SignalResult> signals,
        List<CriterionScore> criteria,
        List<QuestionAnswer> questions,
        Verdict verdict,
        List<String> rationale,
        List<String> whatWouldChange,
        ReviewState review,
        Adoption adoption,
        ExtractionPlan extraction) {

    public ModuleResult {
        sourceRoots = List.copyOf(sourceRoots);
        parseProblems = List.copyOf(parseProblems);
        notes = List.copyOf(notes);
        dependsOn = List.copyOf(dependsOn);
        dependents = List.copyOf(dependents);
        signals = List.copyOf(signals);
        criteria = List.copyOf(criteria);
        questions = List.copyOf(questions);
        rationale = List.copyOf(rationale);
        whatWouldChange = List.copyOf(whatWouldChange);
    }

    /** A module result without an extraction plan. */
    public ModuleResult(
            String groupId,
            String artifactId,
            String path,
            String packaging,
            List<String> sourceRoots,
            FileStats files,
            List<ParseProblem> parseProblems,
            List<String> notes,
            List<String> dependsOn,
            List<String> dependents,
            List<SignalResult> signals,
            List<CriterionScore> criteria,
            List<QuestionAnswer> questions,
            Verdict verdict,
            List<String> rationale,
            List<String> whatWouldChange,
            ReviewState review,
            Adoption adoption) {
        this(
                groupId,
                artifactId,
                path,
                packaging,
                sourceRoots,
                files,
                parseProblems,
                notes,
                dependsOn,
                dependents,
                signals,
                criteria,
                questions,
                verdict,
                rationale,
                whatWouldChange,
                review,
                adoption,
                null);
    }

    /** A module result without a review state. */
    public ModuleResult(
            String groupId,
            String artifactId,
            String path,
            String packaging,
            List<String> sourceRoots,
            FileStats files,
            List<ParseProblem> parseProblems,
            List<String> notes,
            List<String> dependsOn,
            List<String> dependents,
            List<SignalResult> signals,
            List<CriterionScore> criteria,
            List<QuestionAnswer> questions,
            Verdict verdict,
            List<String> rationale,
            List<String> whatWouldChange) {
        this(
                groupId,
                artifactId,
                path,
                packaging,
                sourceRoots,
                files,
                parseProblems,
                notes,
                dependsOn,
                dependents,
                signals,
                criteria,
                questions,
                verdict,
                rationale,
                whatWouldChange,
                null,
                null,
                null);
    }

    /** This result with a review state. */
    public ModuleResult withReview(ReviewState state) {
        return new ModuleResult(
                groupId,
                artifactId,
                path,
                packaging,
                sourceRoots,
                files,
                parseProblems,
                notes,
                dependsOn,
                dependents,
                signals,
                criteria,
                questions,
                verdict,
                rationale,
                whatWouldChange,
                state,
                adoption,
                extraction);
    }

    /** This result with an extraction plan. */
    public ModuleResult withExtraction(ExtractionPlan plan) {
        return new ModuleResult(
                groupId,
                artifactId,
                path,
                packaging,
                sourceRoots,
                files,
                parseProblems,
                notes,
                dependsOn,
                dependents,
                signals,
                criteria,
                questions,
                verdict,
                rationale,
                whatWouldChange,
                review,
                adoption,
                plan);
    }
}
