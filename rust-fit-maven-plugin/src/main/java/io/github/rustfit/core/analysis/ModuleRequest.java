package io.github.rustfit.core.analysis;

import io.github.rustfit.core.source.SourceRoot;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * One reactor module to analyse.
 *
 * @param groupId the module's groupId
 * @param artifactId the module's artifactId
 * @param baseDirectory the module's absolute directory
 * @param pomFile the module's absolute POM file
 * @param packaging the module's packaging
 * @param encoding the charset of its sources
 * @param sourceRoots every source root the build knows, with its kind
 * @param dependencies the module's declared dependencies (no resolution)
 */
public record ModuleRequest(
        String groupId,
        String artifactId,
        Path baseDirectory,
        Path pomFile,
        String packaging,
        Charset encoding,
        List<SourceRoot> sourceRoots,
        List<DeclaredDependency> dependencies) {

    public ModuleRequest {
        sourceRoots = List.copyOf(sourceRoots);
        dependencies = List.copyOf(dependencies);
    }

    /** {@code groupId:artifactId}, the key reactor dependencies are matched on. */
    public String key() {
        return groupId + ":" + artifactId;
    }
}
