package io.github.rustfit.core.manifest;

import java.util.List;

/**
 * Evidence the team judged wrong and set aside, with why and who said so. It names a signal, a
 * set of files, or a signal within a set of files; by default everywhere, or only in the modules
 * and components it names. Findings it matches count toward no module's evidence or verdict, and
 * are tallied for it instead.
 *
 * @param signal the signal id it sets aside, or null for every signal (in its files)
 * @param files globs over source paths relative to the execution root; empty for every file
 * @param modules the artifactIds or module paths it applies to; empty, with no components, for all
 * @param components the names of the components whose modules it applies to
 * @param reason why the evidence is wrong, in the team's words
 * @param reviewer who judged it so
 */
public record Suppression(
        String signal,
        List<String> files,
        List<String> modules,
        List<String> components,
        String reason,
        String reviewer) {

    public Suppression {
        files = files == null ? List.of() : List.copyOf(files);
        modules = modules == null ? List.of() : List.copyOf(modules);
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** True when it applies to every module. */
    public boolean everywhere() {
        return modules.isEmpty() && components.isEmpty();
    }
}
