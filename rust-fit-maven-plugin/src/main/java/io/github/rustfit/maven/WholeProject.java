package io.github.rustfit.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.model.building.ModelProblem;
import org.apache.maven.project.DefaultProjectBuildingRequest;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuildingException;
import org.apache.maven.project.ProjectBuildingRequest;
import org.apache.maven.project.ProjectBuildingResult;

/**
 * Every module of the project a build belongs to, so that a build of part of it judges its modules
 * with the same dependency graph as a build of the whole: a module the rest of the project depends
 * on is shared infrastructure whichever part was built. A build started at the top has them all in
 * its reactor, selected or not ({@code -pl}); a build started in a module's directory reads the
 * top's POM and its modules, once per build, as Maven itself would (no dependency resolution, no
 * plugins resolved).
 *
 * @param projects every module of the project; empty when they could not be read
 * @param problem why they could not be read; empty when they were
 * @param topPom the top's POM
 */
record WholeProject(List<MavenProject> projects, Optional<String> problem, Path topPom) {

    /**
     * Said when a build of part of the project could not read the rest: the top's POM, the problem
     * and the fix. The {@code check} goal then fails (fail closed); the others warn and go on.
     */
    static final String UNREAD = "rust-fit: could not read the whole project at %s (%s). This build judges part of"
            + " it, and whether a module of it is shared infrastructure, and so needs a review, depends on the"
            + " modules outside it. Run from %s to judge every module, or fix that POM.";

    /** Added to {@link #UNREAD} by the goals that go on. */
    static final String JUDGED_UNSEEN =
            " The modules of this build are judged as if the rest of the project did not depend on them.";

    /** The whole project {@code mojo}'s build belongs to. */
    static WholeProject of(AbstractRustFitMojo mojo, ProjectTop top) {
        Path pom = top.directory().resolve("pom.xml");
        if (top.wholeProject()) {
            List<MavenProject> all = mojo.session.getAllProjects();
            return new WholeProject(all == null ? mojo.session.getProjects() : all, Optional.empty(), pom);
        }
        return mojo.build().wholeProject(() -> read(mojo, pom));
    }

    /** The message that says the rest of the project could not be read, when it could not. */
    Optional<String> unread() {
        return problem.map(reason -> String.format(Locale.ROOT, UNREAD, topPom, reason, topPom.getParent()));
    }

    private static WholeProject read(AbstractRustFitMojo mojo, Path pom) {
        if (!Files.isRegularFile(pom)) {
            return new WholeProject(List.of(), Optional.of("it has no pom.xml"), pom);
        }
        ProjectBuildingRequest request = new DefaultProjectBuildingRequest(mojo.session.getProjectBuildingRequest());
        request.setResolveDependencies(false);
        request.setProcessPlugins(false);
        request.setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MINIMAL);
        try {
            List<ProjectBuildingResult> results = mojo.projectBuilder.build(List.of(pom.toFile()), true, request);
            return new WholeProject(
                    results.stream().map(ProjectBuildingResult::getProject).toList(), Optional.empty(), pom);
        } catch (ProjectBuildingException e) {
            return new WholeProject(List.of(), Optional.of(firstProblem(e)), pom);
        } catch (RuntimeException e) {
            return new WholeProject(List.of(), Optional.of(String.valueOf(e.getMessage())), pom);
        }
    }

    /** The first error Maven found, where it found it. */
    private static String firstProblem(ProjectBuildingException e) {
        if (e.getResults() != null) {
            for (ProjectBuildingResult result : e.getResults()) {
                for (ModelProblem problem : result.getProblems()) {
                    if (problem.getSeverity() != ModelProblem.Severity.WARNING) {
                        String where = problem.getSource() == null
                                        || problem.getSource().isEmpty()
                                ? ""
                                : " at " + problem.getSource()
                                        + (problem.getLineNumber() > 0 ? ":" + problem.getLineNumber() : "");
                        return problem.getMessage() + where;
                    }
                }
            }
        }
        return String.valueOf(e.getMessage());
    }
}
