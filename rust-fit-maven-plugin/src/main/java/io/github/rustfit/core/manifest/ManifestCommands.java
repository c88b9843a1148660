package io.github.rustfit.core.manifest;

/**
 * The commands the plugin suggests for starting a manifest and recording a review, written with
 * the plugin's full coordinates so they work as printed in any reactor, whether or not it declares
 * the plugin (the short {@code rust-fit:} prefix resolves only there, or with a plugin group in
 * {@code settings.xml}).
 *
 * @param plugin {@code groupId:artifactId:version} of the plugin
 */
public record ManifestCommands(String plugin) {

    /** The plugin's groupId and artifactId. */
    public static final String COORDINATES = "io.github.rustfit:rust-fit-maven-plugin";

    /** The commands of the given plugin version. */
    public static ManifestCommands of(String version) {
        return new ManifestCommands(COORDINATES + ":" + version);
    }

    /** {@code mvn <plugin>:<goal>}. */
    public String goal(String goal) {
        return "mvn " + plugin + ":" + goal;
    }

    /** The command that writes a starter manifest. */
    public String init() {
        return goal("init");
    }

    /** The command that records a review of {@code module}, its decision, rationale and reviewers to fill in. */
    public String review(String module) {
        return goal("review") + " -Drustfit.module=" + module
                + " -Drustfit.decision=<rust-candidate|stay-on-jvm|revisit> -Drustfit.rationale=\"...\""
                + " -Drustfit.reviewers=<names>";
    }
}
