package io.github.rustfit.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The top of the multi-module project a build belongs to, where its manifest lives, even when
 * Maven was started in a module's directory: the directory holding {@code .mvn} (Maven's
 * {@code maven.multiModuleProjectDirectory}) when it holds the execution root, else the highest
 * parent POM that lists, module by module, the directory the build started in.
 *
 * @param directory the top directory
 * @param wholeProject whether the build started there, so its reactor is the whole project
 */
record ProjectTop(Path directory, boolean wholeProject) {

    /** Said when the build started below the top, so it judges part of the project. */
    static final String PART_OF_PROJECT = "rust-fit: this build started in %s, part of the project at %s; it judges"
            + " the %d module(s) of this build against the manifest there. Run from %s to judge every module.";

    static ProjectTop of(MavenSession session) {
        Path start =
                Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
        Path top = marked(session, start).orElseGet(() -> aggregatingTop(session.getTopLevelProject(), start));
        return new ProjectTop(top, top.equals(start));
    }

    /** The line that says which part of the project this build judges; empty when it is the whole. */
    Optional<String> scope(MavenSession session) {
        if (wholeProject) {
            return Optional.empty();
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
        while (parent != null && parent.getFile() != null && lists(parent, top)) {
            top = parent.getBasedir().toPath().toAbsolutePath().normalize();
            parent = parent.getParent();
        }
        return top;
    }

    private static boolean lists(MavenProject parent, Path directory) {
        Path base = parent.getBasedir().toPath().toAbsolutePath().normalize();
        List<String> modules = parent.getModules();
        return modules.stream()
                .map(module -> base.resolve(module).normalize())
                .anyMatch(module -> module.equals(directory) || module.equals(directory.resolve("pom.xml")));
    }
}
