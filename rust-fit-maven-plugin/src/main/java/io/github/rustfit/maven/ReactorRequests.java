package io.github.rustfit.maven;

import io.github.rustfit.core.analysis.AnalysisRequest;
import io.github.rustfit.core.analysis.DeclaredDependency;
import io.github.rustfit.core.analysis.ModuleRequest;
import io.github.rustfit.core.cache.CacheMode;
import io.github.rustfit.core.manifest.ManifestCommands;
import io.github.rustfit.core.manifest.ManifestReader;
import io.github.rustfit.core.review.ReviewPolicy;
import io.github.rustfit.core.source.SourceRoot;
import io.github.rustfit.run.AnalyzerOptions;
import io.github.rustfit.run.CacheOptions;
import io.github.rustfit.run.ReviewRun.ReviewRequest;
import io.github.rustfit.run.RunOptions;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
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
 * The one place where Maven's objects and the goals' parameters become the run's plain
 * {@link RunOptions}. Every parameter is checked before any work starts; a bad one stops the build
 * with a {@link SettingException} naming the property, the problem and the closest valid value. Reads
 * only the POM model: no dependency resolution, no compiled classes, so it works on a fresh clone
 * whose SNAPSHOT siblings were never built.
 */
final class ReactorRequests {

    private static final String BUILD_HELPER = "org.codehaus.mojo:build-helper-maven-plugin";

    /** {@code rustfit.outputDirectory}'s default, from the execution root. */
    static final String DEFAULT_OUTPUT_DIRECTORY = "target/rust-fit";

    /** The clock reviews are dated and judged by; tests fix it. */
    static Clock clock = Clock.systemUTC();

    private ReactorRequests() {}

    /** The run's options from a goal's parameters and the reactor. */
    static RunOptions options(AbstractRunMojo mojo, FailOn failOn) throws MojoExecutionException {
        boolean includeTests = Parameters.INCLUDE_TESTS.of(mojo.includeTests);
        boolean includeGenerated = Parameters.INCLUDE_GENERATED.of(mojo.includeGenerated);
        AnalyzerOptions analyzer = new AnalyzerOptions(
                Parameters.threads(mojo.threads),
                Parameters.maxFileSize(mojo.maxFileSize),
                Parameters.fork(mojo.fork),
                Parameters.forkArguments(mojo.forkJvmArguments));
        CacheMode cacheMode = Parameters.cacheMode(mojo.useCache, mojo.cacheMode);
        CacheOptions cache = new CacheOptions(
                cacheMode,
                Parameters.cacheFile(mojo.cacheFile, cacheMode),
                mojo.cacheKeyFile.toPath(),
                Optional.ofNullable(System.getenv(io.github.rustfit.core.cache.CacheKey.ENVIRONMENT_VARIABLE)),
                buildIdentity(mojo));
        ReviewPolicy policy = new ReviewPolicy(
                Parameters.requirement(mojo.requireReviewFor),
                Parameters.driftTolerance(mojo.driftTolerance),
                Parameters.revisitWarningDays(mojo.revisitWarningDays),
                failOn.missingReview(),
                failOn.manifestMismatch(),
                failOn.unreadableSources());
        LocalDate today = Parameters.today(mojo.session.getUserProperties().getProperty("rustfit.today"), clock);
        Parameters.todayNotice(today, clock).ifPresent(mojo.getLog()::warn);
        ProjectTop top = ProjectTop.of(mojo.session);
        Path manifest = manifestFile(mojo, top);
        top.scope(mojo.session).ifPresent(mojo.getLog()::info);
        WholeProject whole = WholeProject.of(mojo, top);
        Optional<String> unread = whole.unread();
        if (unread.isPresent() && failOn.unseenProject()) {
            throw new MojoExecutionException(unread.get());
        }
        unread.ifPresent(message -> mojo.getLog().warn(message + WholeProject.JUDGED_UNSEEN));
        AnalysisRequest request = request(mojo, top, whole, includeTests, includeGenerated);
        RunOptions options = new RunOptions(
                request,
                analyzer,
                cache,
                manifest,
                mojo.outputDirectory.toPath(),
                policy,
                today,
                ManifestCommands.of(mojo.plugin.getVersion()),
                unread.isPresent() ? Optional.empty() : Optional.of(projectModules(mojo, top, whole)));
        Path root = Path.of(mojo.session.getExecutionRootDirectory());
        PrintedSettings.Run printed = new PrintedSettings.Run(
                options,
                ManifestReader.locate(usualManifest(top)),
                root.resolve(DEFAULT_OUTPUT_DIRECTORY),
                mojo.project.getBasedir() == null
                        ? root
                        : mojo.project.getBasedir().toPath());
        return options.withCommands(options.commands().carrying(PrintedSettings.of(printed)));
    }

    /** The review the {@code review} goal records, every parameter checked. */
    static ReviewRequest review(ReviewMojo mojo, RunOptions options) throws SettingException {
        return Parameters.review(
                new Parameters.ReviewValues(mojo.module, mojo.decision, mojo.rationale, mojo.reviewers, mojo.revisitBy),
                options.request(),
                options.today());
    }

    /** Said of a {@code rustfit.manifest} that names no file. */
    static final String NO_SUCH_MANIFEST = "names no file, so the build would run as if the project had no manifest";

    /**
     * The configured manifest, or the one at the top of the project. A manifest named by the setting
     * must exist unless the goal starts one: a misspelt name ({@code rust-fit.yml}) would otherwise
     * judge the build without its reviews, unseen. Naming the default place counts as not setting it.
     */
    private static Path manifestFile(AbstractRunMojo mojo, ProjectTop top) throws SettingException {
        Path usual = usualManifest(top);
        if (mojo.manifest == null) {
            return Parameters.manifest(ManifestReader.locate(usual));
        }
        Path configured = mojo.manifest.toPath().toAbsolutePath().normalize();
        Path file = ManifestReader.locate(configured);
        if (!configured.equals(usual) && !mojo.startsManifest() && !Files.exists(file)) {
            throw new SettingException(
                    "rustfit.manifest",
                    file,
                    NO_SUCH_MANIFEST,
                    "Check its spelling, or run "
                            + ManifestCommands.of(mojo.plugin.getVersion()).init() + " -Drustfit.manifest=" + file
                            + " to start one there");
        }
        return Parameters.manifest(file);
    }

    /** Where the manifest is when {@code rustfit.manifest} is not set. */
    private static Path usualManifest(ProjectTop top) {
        return top.directory()
                .resolve(ManifestReader.DEFAULT_FILE_NAME)
                .toAbsolutePath()
                .normalize();
    }

    private static AnalysisRequest request(
            AbstractRunMojo mojo, ProjectTop top, WholeProject whole, boolean includeTests, boolean includeGenerated)
            throws MojoExecutionException {
        List<ModuleRequest> modules = new ArrayList<>();
        Set<String> selected = new HashSet<>();
        for (MavenProject project : mojo.session.getProjects()) {
            modules.add(module(project));
            selected.add(project.getGroupId() + ":" + project.getArtifactId());
        }
        List<ModuleRequest> others = new ArrayList<>();
        for (MavenProject project : whole.projects()) {
            if (selected.add(project.getGroupId() + ":" + project.getArtifactId())) {
                others.add(module(project));
            }
        }
        return new AnalysisRequest(
                        top.directory(),
                        modules,
                        Parameters.languageLevel(mojo.languageLevel),
                        includeTests,
                        includeGenerated,
                        Parameters.maxEvidencePerSignal(mojo.maxEvidencePerSignal),
                        mojo.plugin.getVersion())
                .withExcludes(Parameters.excludes(mojo.excludes))
                .withPlanFor(Parameters.planFor(mojo.planFor))
                .withOtherModules(others);
    }

    /** Every module of the project, by artifactId and by path, whether this build selected it or not. */
    private static Set<String> projectModules(AbstractRunMojo mojo, ProjectTop top, WholeProject whole) {
        Set<String> names = new LinkedHashSet<>();
        List<MavenProject> projects = new ArrayList<>(mojo.session.getProjects());
        projects.addAll(whole.projects());
        for (MavenProject project : projects) {
            names.add(project.getArtifactId());
            String path = top.directory()
                    .relativize(project.getBasedir().toPath().toAbsolutePath().normalize())
                    .toString()
                    .replace('\\', '/');
            names.add(path.isEmpty() ? "." : path);
        }
        return names;
    }

    /**
     * The plugin's version; for a snapshot also its jar's size and time, since a rebuilt snapshot
     * may find other signals under the same version.
     */
    private static String buildIdentity(AbstractRunMojo mojo) {
        String identity = mojo.plugin.getVersion();
        File jar = mojo.plugin.getPluginArtifact() == null
                ? null
                : mojo.plugin.getPluginArtifact().getFile();
        if (identity.endsWith("-SNAPSHOT") && jar != null && jar.isFile()) {
            identity += "@" + jar.length() + "-" + jar.lastModified();
        }
        return identity;
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
