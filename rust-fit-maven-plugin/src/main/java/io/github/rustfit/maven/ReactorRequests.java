package io.github.rustfit.maven;

import io.github.rustfit.core.analysis.AnalysisRequest;
import io.github.rustfit.core.analysis.DeclaredDependency;
import io.github.rustfit.core.analysis.ModuleRequest;
import io.github.rustfit.core.source.SourceRoot;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The one place where Maven's objects become the core's plain {@link AnalysisRequest}. Reads only
 * the POM model: no dependency resolution, no compiled classes, so it works on a fresh clone whose
 * SNAPSHOT siblings were never built.
 */
final class ReactorRequests {

    private static final String BUILD_HELPER = "org.codehaus.mojo:build-helper-maven-plugin";

    private ReactorRequests() {}

    /** Settings of the analysis that come from the Mojo's parameters. */
    record Settings(
            Path executionRoot,
            Optional<String> languageLevel,
            boolean includeTests,
            boolean includeGenerated,
            int maxEvidencePerSignal,
            String toolVersion) {}

    static AnalysisRequest from(List<MavenProject> reactor, Settings settings) throws MojoExecutionException {
        List<ModuleRequest> modules = new ArrayList<>();
        for (MavenProject project : reactor) {
            modules.add(module(project));
        }
        if (settings.maxEvidencePerSignal() < 1) {
            throw new MojoExecutionException("rustfit.maxEvidencePerSignal must be at least 1, was "
                    + settings.maxEvidencePerSignal() + ". Remove the setting to keep the default of "
                    + AnalysisRequest.DEFAULT_MAX_EVIDENCE + ".");
        }
        return new AnalysisRequest(
                settings.executionRoot(),
                modules,
                settings.languageLevel(),
                settings.includeTests(),
                settings.includeGenerated(),
                settings.maxEvidencePerSignal(),
                settings.toolVersion());
    }

    private static ModuleRequest module(MavenProject project) throws MojoExecutionException {
        Path base = project.getBasedir().toPath();
        Path buildDirectory = Path.of(project.getBuild().getDirectory());
        List<SourceRoot> roots = new ArrayList<>();
        Set<String> mainRoots = new LinkedHashSet<>(project.getCompileSourceRoots());
        mainRoots.addAll(buildHelperRoots(project, "add-source"));
        Set<String> testRoots = new LinkedHashSet<>(project.getTestCompileSourceRoots());
        testRoots.addAll(buildHelperRoots(project, "add-test-source"));
        for (String root : mainRoots) {
            Path directory = base.resolve(root).normalize();
            roots.add(new SourceRoot(
                    directory,
                    directory.startsWith(buildDirectory) ? SourceRoot.Kind.GENERATED : SourceRoot.Kind.MAIN));
        }
        for (String root : testRoots) {
            Path directory = base.resolve(root).normalize();
            roots.add(new SourceRoot(
                    directory,
                    directory.startsWith(buildDirectory) ? SourceRoot.Kind.GENERATED : SourceRoot.Kind.TEST));
        }
        List<DeclaredDependency> dependencies = new ArrayList<>();
        for (Dependency dependency : project.getDependencies()) {
            dependencies.add(new DeclaredDependency(
                    dependency.getGroupId(),
                    dependency.getArtifactId(),
                    dependency.getScope() == null ? "compile" : dependency.getScope()));
        }
        return new ModuleRequest(
                project.getGroupId(),
                project.getArtifactId(),
                base,
                project.getFile() == null
                        ? base.resolve("pom.xml")
                        : project.getFile().toPath(),
                project.getPackaging(),
                encoding(project),
                roots,
                dependencies);
    }

    /**
     * Source roots the build-helper plugin adds. They are read from the POM because an analysis
     * run at the start of a reactor build comes before the helper has run in the other modules.
     */
    private static List<String> buildHelperRoots(MavenProject project, String goal) {
        List<String> roots = new ArrayList<>();
        for (Plugin plugin : project.getBuildPlugins()) {
            if (!BUILD_HELPER.equals(plugin.getKey())) {
                continue;
            }
            for (PluginExecution execution : plugin.getExecutions()) {
                if (execution.getGoals().contains(goal) && execution.getConfiguration() instanceof Xpp3Dom config) {
                    Xpp3Dom sources = config.getChild("sources");
                    if (sources != null) {
                        for (Xpp3Dom source : sources.getChildren()) {
                            if (source.getValue() != null && !source.getValue().isBlank()) {
                                roots.add(source.getValue().strip());
                            }
                        }
                    }
                }
            }
        }
        return roots;
    }

    private static Charset encoding(MavenProject project) throws MojoExecutionException {
        String name = project.getProperties().getProperty("project.build.sourceEncoding");
        if (name == null || name.isBlank()) {
            return Charset.defaultCharset(); // what the compiler uses too
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException(project.getFile() + ": project.build.sourceEncoding '" + name
                    + "' is not a charset this JVM knows. Use a standard name such as UTF-8 or ISO-8859-1.");
        }
    }
}
