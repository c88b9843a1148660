package io.github.rustfit.core.analysis;

import io.github.rustfit.core.file.AnalysisListener;
import io.github.rustfit.core.source.SourceAccess;
import io.github.rustfit.core.source.SourceFiles;
import io.github.rustfit.core.source.SourceRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The first stage of an analysis: which files each module has. Source roots the request does not
 * ask for are skipped, and so are files the user's exclusions match (they are counted); a root or anything below it that cannot be read is listed as unreadable,
 * with a note saying what to fix, and the rest is still found.
 */
final class SourceListing {

    /** A note for a source root that is not a directory at all. */
    static final String NOT_A_DIRECTORY =
            "Source root %s is not a directory; it was skipped. Remove it from the build's source roots.";

    /** A note for a directory or file that could not be read. */
    static final String UNREADABLE = "%s could not be read (%s), so the module's verdict may be understated. %s";

    /**
     * One module's sources, before they are read.
     *
     * @param module the module
     * @param path its directory relative to the execution root ({@code .} for the root)
     * @param roots the analysed source roots, relative to the execution root
     * @param files the Java files, in order
     * @param notes what the user should fix about the sources
     * @param unreadable how many directories and files could not be read
     * @param excluded how many files the user's exclusions set aside
     * @param mainFiles how many of {@code files} are in main source roots: a module without any is
     *     no production code, whatever its tests or generated sources
     */
    record ModuleSources(
            ModuleRequest module,
            String path,
            List<String> roots,
            List<Path> files,
            List<String> notes,
            int unreadable,
            int excluded,
            int mainFiles) {

        ModuleSources {
            roots = List.copyOf(roots);
            files = List.copyOf(files);
            notes = List.copyOf(notes);
        }
    }

    private SourceListing() {}

    static ModuleSources list(
            ModuleRequest module,
            AnalysisRequest request,
            Exclusions exclusions,
            Path root,
            SourceAccess access,
            AnalysisListener listener) {
        Set<Path> seen = new LinkedHashSet<>();
        List<String> roots = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int unreadable = 0;
        int excluded = 0;
        int mainFiles = 0;
        for (SourceRoot sourceRoot : module.sourceRoots()) {
            Path directory = sourceRoot.directory().toAbsolutePath().normalize();
            if (!wanted(sourceRoot, request) || !seen.add(directory)) {
                continue;
            }
            if (!Files.exists(directory)) {
                // Maven lists src/main/java for every module; its absence is normal, not a problem.
                listener.debug(
                        module.artifactId() + ": source root " + Paths.relative(root, directory) + " does not exist");
                continue;
            }
            String relative = Paths.relative(root, directory);
            if (!Files.isDirectory(directory)) {
                note(notes, listener, module, String.format(Locale.ROOT, NOT_A_DIRECTORY, relative));
                continue;
            }
            SourceFiles.Listing listing = SourceFiles.javaFiles(directory, access);
            for (Path file : listing.files()) {
                boolean setAside = exclusions.excludes(Paths.relative(root, file));
                excluded += setAside ? 1 : 0;
                if (!setAside) {
                    files.add(file);
                    mainFiles += sourceRoot.kind() == SourceRoot.Kind.MAIN ? 1 : 0;
                }
            }
            roots.add(relative);
            for (SourceFiles.Unreadable problem : listing.unreadable()) {
                unreadable++;
                note(
                        notes,
                        listener,
                        module,
                        unreadable(Paths.relative(root, problem.path()), problem.reason(), problem.fix()));
            }
        }
        return new ModuleSources(
                module,
                Paths.modulePath(root, module.baseDirectory()),
                roots,
                files,
                notes,
                unreadable,
                excluded,
                mainFiles);
    }

    /**
     * What a module this build does not analyse shows without reading a file: whether it has main
     * sources, and its packages as its directories name them. Listed as the analysis would list it,
     * so that it tells the graph what a build of the whole project would.
     *
     * @param module the module
     * @param path its directory relative to the execution root
     * @param files the Java files the analysis would read, relative to the execution root
     * @param packages the packages their directories name, without the default package
     * @param mainFiles how many of {@code files} are in main source roots
     */
    record Outline(ModuleRequest module, String path, List<String> files, Set<String> packages, int mainFiles) {

        Outline {
            files = List.copyOf(files);
            packages = Set.copyOf(packages);
        }
    }

    /** {@code module}'s outline; what cannot be read is left out silently, since the module is not judged. */
    static Outline outline(
            ModuleRequest module, AnalysisRequest request, Exclusions exclusions, Path root, SourceAccess access) {
        Set<Path> seen = new LinkedHashSet<>();
        List<String> files = new ArrayList<>();
        Set<String> packages = new TreeSet<>();
        int mainFiles = 0;
        for (SourceRoot sourceRoot : module.sourceRoots()) {
            Path directory = sourceRoot.directory().toAbsolutePath().normalize();
            if (!wanted(sourceRoot, request) || !seen.add(directory) || !Files.isDirectory(directory)) {
                continue;
            }
            for (Path file : SourceFiles.javaFiles(directory, access).files()) {
                String relative = Paths.relative(root, file);
                if (exclusions.excludes(relative)) {
                    continue;
                }
                files.add(relative);
                mainFiles += sourceRoot.kind() == SourceRoot.Kind.MAIN ? 1 : 0;
                Path parent = directory.relativize(file).getParent();
                if (parent != null) {
                    packages.add(parent.toString().replace('\\', '/').replace('/', '.'));
                }
            }
        }
        return new Outline(module, Paths.modulePath(root, module.baseDirectory()), files, packages, mainFiles);
    }

    private static boolean wanted(SourceRoot sourceRoot, AnalysisRequest request) {
        return switch (sourceRoot.kind()) {
            case MAIN -> true;
            case TEST -> request.includeTests();
            case GENERATED -> request.includeGenerated();
        };
    }

    /** The note for one directory or file that could not be read. */
    static String unreadable(String relativePath, String reason) {
        return unreadable(relativePath, reason, SourceFiles.Unreadable.FIX_PERMISSIONS);
    }

    static String unreadable(String relativePath, String reason, String fix) {
        return String.format(Locale.ROOT, UNREADABLE, relativePath, reason, fix);
    }

    private static void note(List<String> notes, AnalysisListener listener, ModuleRequest module, String note) {
        notes.add(note);
        listener.warn(module.artifactId() + ": " + note);
    }
}
