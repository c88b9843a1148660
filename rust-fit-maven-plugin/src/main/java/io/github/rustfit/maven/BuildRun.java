package io.github.rustfit.maven;

import io.github.rustfit.run.RunException;
import io.github.rustfit.run.RunOutcome;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.maven.execution.MavenSession;
import org.eclipse.aether.SessionData;

/**
 * What one build shares between the executions of rust-fit goals: which goals already ran, and
 * the outcome of the one run. Goals cover the whole reactor; bound in a parent POM they are
 * inherited by every module, and the first execution of each goal does the work while the others
 * step aside. A parallel build gives each module its own copy of the Maven session, so this is
 * kept under the build's request, which every copy shares, and every use is synchronised: an
 * execution that needs the run while another module's execution makes it waits for it.
 */
final class BuildRun {

    private final Set<String> goalsRun = new HashSet<>();
    private RunOutcome outcome;
    private WholeProject wholeProject;
    private final Set<Path> reportsWritten = new HashSet<>();

    /** A step that makes the run. */
    interface Run {
        RunOutcome make() throws RunException;
    }

    /** This build's shared state. */
    static BuildRun of(MavenSession session) {
        SessionData data = session.getRepositorySession().getData();
        // the request is the same object in every module's copy of the session, and lives for one build
        String key = BuildRun.class.getName() + "@" + System.identityHashCode(session.getRequest());
        data.set(key, null, new BuildRun()); // only the first one is kept
        return (BuildRun) data.get(key);
    }

    /** True for the first execution of {@code goal} in this build; false for every later one. */
    synchronized boolean claim(String goal) {
        return goalsRun.add(goal);
    }

    /** This build's run: made by the first execution that needs it, then shared. */
    synchronized RunOutcome outcome(Run run) throws RunException {
        if (outcome == null) {
            outcome = run.make();
        }
        return outcome;
    }

    /** The whole project this build belongs to: read by the first execution that needs it, then shared. */
    synchronized WholeProject wholeProject(Supplier<WholeProject> read) {
        if (wholeProject == null) {
            wholeProject = read.get();
        }
        return wholeProject;
    }

    /** The run, if an execution of this build made it already. */
    synchronized Optional<RunOutcome> madeAlready() {
        return Optional.ofNullable(outcome);
    }

    /** A run that supersedes the earlier one (a review recorded since, say). */
    synchronized void replace(RunOutcome newer) {
        outcome = newer;
        reportsWritten.clear(); // they describe the run this one supersedes
    }

    /** Notes that this build wrote the report {@code html} from its run. */
    synchronized void reportWritten(Path html) {
        reportsWritten.add(html.toAbsolutePath().normalize());
    }

    /** True when this build wrote the report {@code html} from its current run. */
    synchronized boolean wroteReport(Path html) {
        return reportsWritten.contains(html.toAbsolutePath().normalize());
    }
}
