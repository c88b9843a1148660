package io.github.rustfit.maven;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.model.Profile;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

/**
 * The top of the multi-module project a build belongs to, where its manifest lives, even when
 * Maven was started in a module's directory: the directory holding {@code .mvn} (Maven's
 * {@code maven.multiModuleProjectDirectory}) when it holds the execution root, else the highest
 * POM that lists, module by module, the directory the build started in: a parent POM, or the
 * {@code pom.xml} of a directory above (the aggregator, when the modules' parent is another POM).
 *
 * @param directory the top directory
 * @param wholeProject whether the build started there, so its reactor is the whole project (or the
 *     part {@code -pl} selected of it)
 */
record ProjectTop(Path directory, boolean wholeProject) {

    /** Said when the build started below the top, so it judges part of the project. */
    static final String PART_OF_PROJECT = "rust-fit: this build started in %s, part of the project at %s; it judges"
            + " the %d module(s) of this build against the manifest there. Run from %s to judge every module.";

    /** Said when the build started at the top but selected some of its modules ({@code -pl}, {@code -rf}). */
    static final String SELECTED_PART = "rust-fit: this build selected %d of the %d module(s) of the project at %s;"
            + " it judges those against the manifest there. Run from %s without -pl or -rf to judge every module.";

    static ProjectTop of(MavenSession session) {
        Path start =
                Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
        Path top =
                marked(session, start).orElseGet(() -> listingTop(aggregatingTop(session.getTopLevelProject(), start)));
        return new ProjectTop(top, top.equals(start));
    }

    /** The line that says which part of the project this build judges; empty when it is the whole. */
    Optional<String> scope(MavenSession session) {
        if (wholeProject) {
            int all = session.getAllProjects() == null
                    ? session.getProjects().size()
                    : session.getAllProjects().size();
            return session.getProjects().size() < all
                    ? Optional.of(String.format(
                            Locale.ROOT, SELECTED_PART, session.getProjects().size(), all, directory, directory))
                    : Optional.empty();
        }
        Path start =
                Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
        return Optional.of(String.format(
                Locale.ROOT,
                PART_OF_PROJECT,
                directory.relativize(start),
                directory,
                session.getProjects().size(),
                directory));
    }

    private static Optional<Path> marked(MavenSession session, Path start) {
        File marked = session.getRequest().getMultiModuleProjectDirectory();
        if (marked == null) {
            return Optional.empty();
        }
        Path top = marked.toPath().toAbsolutePath().normalize();
        return Files.isDirectory(top.resolve(".mvn")) && start.startsWith(top) ? Optional.of(top) : Optional.empty();
    }

    /** The highest parent, read from the file system, whose modules lead down to {@code start}. */
    private static Path aggregatingTop(MavenProject project, Path start) {
        Path top = start;
        MavenProject parent = project == null ? null : project.getParent();
        while (parent != null
                && parent.getFile() != null
                && lists(parent.getBasedir().toPath(), parent.getModules(), top)) {
            top = parent.getBasedir().toPath().toAbsolutePath().normalize();
            parent = parent.getParent();
        }
        return top;
    }

    /**
     * The highest directory above {@code top} whose {@code pom.xml} lists, in its modules or a
     * profile's, the top found so far: where the modules' parent is not their aggregator, only the
     * directories say where the project starts.
     */
    private static Path listingTop(Path top) {
        Path found = top;
        for (Path above = found.getParent(); above != null; above = above.getParent()) {
            if (lists(above, modulesIn(above.resolve("pom.xml")), found)) {
                found = above;
            }
        }
        return found;
    }

    /** The modules a POM lists, in its own list and every profile's, as written; none when it cannot be read. */
    private static List<String> modulesIn(Path pom) {
        if (!Files.isRegularFile(pom)) {
            return List.of();
        }
        try (Reader reader = Files.newBufferedReader(pom)) {
            Model model = new MavenXpp3Reader().read(reader, false);
            List<String> modules = new ArrayList<>(model.getModules());
            for (Profile profile : model.getProfiles()) {
                modules.addAll(profile.getModules());
            }
            return modules;
        } catch (IOException | XmlPullParserException | RuntimeException e) {
            return List.of(); // a POM that cannot be read lists nothing this build can rely on
        }
    }

    private static boolean lists(Path aggregator, List<String> modules, Path directory) {
        Path base = aggregator.toAbsolutePath().normalize();
        for (String module : modules) {
            Path listed;
            try {
                listed = base.resolve(module.strip()).normalize();
            } catch (InvalidPathException e) {
                continue; // an unresolved property, say: it names no directory
            }
            if (listed.equals(directory) || listed.equals(directory.resolve("pom.xml"))) {
                return true;
            }
        }
        return false;
    }
}
