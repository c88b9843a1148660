package io.github.rustfit.core.manifest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The commands the plugin suggests for starting a manifest and recording a review, written with
 * the plugin's full coordinates so they work as printed in any reactor, whether or not it declares
 * the plugin (the short {@code rust-fit:} prefix resolves only there, or with a plugin group in
 * {@code settings.xml}).
 *
 * <p>Every command is one line that a shell runs as printed. What the user must fill in is a
 * placeholder in angle brackets inside double quotes, such as {@code "<names, comma-separated>"}:
 * quoted, its brackets and bars are text to the shell, not redirections or pipes, and its text
 * holds nothing that any shell expands inside double quotes, so it reads the same in bash, zsh,
 * PowerShell and cmd. The review goal refuses a placeholder left in place, naming each one
 * ({@link Placeholders#isToFill}), so a command run unchanged records nothing. Double quotes also
 * let the rationale written in the placeholder's place hold an apostrophe. A real value that
 * needs quoting, such as a module path with a space, is single-quoted, which keeps every character
 * as it is.
 *
 * <p>Every command also carries the settings of the run that printed it that would change what the
 * command reads, measures or writes ({@link #carrying}): run without them, a review command would
 * record the review in another manifest, or record the digest of other evidence than the gate
 * judges, and the gate would fail again however often it ran. They come last, after the values to
 * fill in, so that with every setting at its default the commands are as they always were.
 *
 * @param plugin {@code groupId:artifactId:version} of the plugin
 * @param carried the settings every command ends with, in order; none for a run with the defaults
 */
public record ManifestCommands(String plugin, List<Setting> carried) {

    /** The plugin's groupId and artifactId. */
    public static final String COORDINATES = "io.github.rustfit:rust-fit-maven-plugin";

    /** In a printed review command, where the module goes when the command names none. */
    public static final String MODULE_TO_FILL = "<module>";

    /** In a printed review command, where the decision goes. */
    public static final String DECISION_TO_FILL = "<rust-candidate|stay-on-jvm|revisit>";

    /** In a printed review command, where the rationale goes. */
    public static final String RATIONALE_TO_FILL = "<why, in your own words>";

    /** In a printed review command, where the reviewers go. */
    public static final String REVIEWERS_TO_FILL = "<names, comma-separated>";

    /** What a shell takes as it is, unquoted: no operator, expansion, quote or space. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    /**
     * A setting a printed command passes on, as {@code -D<property>=<value>}.
     *
     * @param property the user property, such as {@code rustfit.manifest}
     * @param value its value, as the goal reads it
     */
    public record Setting(String property, String value) {}

    public ManifestCommands {
        carried = List.copyOf(carried);
    }

    /** The commands of the given plugin version, for a run with every setting at its default. */
    public static ManifestCommands of(String version) {
        return new ManifestCommands(COORDINATES + ":" + version, List.of());
    }

    /** These commands, each ending with {@code settings}, in their order. */
    public ManifestCommands carrying(List<Setting> settings) {
        return new ManifestCommands(plugin, settings);
    }

    /** {@code mvn <plugin>:<goal>} and the carried settings. */
    public String goal(String goal) {
        return "mvn " + quote(plugin + ":" + goal) + settings();
    }

    /** The command that writes a starter manifest. */
    public String init() {
        return goal("init");
    }

    /**
     * The command that records a review of {@code module}, with its decision, rationale and
     * reviewers to fill in.
     */
    public String review(String module) {
        return "mvn " + quote(plugin + ":review")
                + define("rustfit.module", module)
                + define("rustfit.decision", DECISION_TO_FILL)
                + define("rustfit.rationale", RATIONALE_TO_FILL)
                + define("rustfit.reviewers", REVIEWERS_TO_FILL)
                + settings();
    }

    /** The command that records a review, with the module to fill in too. */
    public String review() {
        return review(MODULE_TO_FILL);
    }

    private String settings() {
        StringBuilder settings = new StringBuilder();
        for (Setting setting : carried) {
            settings.append(define(setting.property(), setting.value()));
        }
        return settings.toString();
    }

    private static String define(String property, String value) {
        return " -D" + property + "=" + quote(value);
    }

    /**
     * {@code value} as one shell word: as it is when the shell takes it so; a placeholder in double
     * quotes; anything else in single quotes, each single quote in it written {@code '\''}.
     */
    static String quote(String value) {
        if (PLAIN.matcher(value).matches()) {
            return value;
        }
        if (Placeholders.isToFill(value) && value.chars().noneMatch(c -> "\"$`\\!".indexOf(c) >= 0)) {
            return '"' + value + '"';
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
