package io.github.rustfit.core.analysis;

/**
 * A dependency as written in a POM, before any resolution.
 *
 * @param groupId its groupId
 * @param artifactId its artifactId
 * @param scope its scope ({@code compile} when the POM says nothing)
 */
public record DeclaredDependency(String groupId, String artifactId, String scope) {

    public String key() {
        return groupId + ":" + artifactId;
    }

    /** Test-scoped dependencies do not make the depended-on module shared infrastructure. */
    public boolean isTestOnly() {
        return "test".equals(scope);
    }
}
