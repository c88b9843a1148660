package io.github.rustfit.maven;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * A parameter's value is not one the plugin can run with. Every parameter is checked before any
 * work starts, and each refusal names the property, the value, what is wrong with it, and the
 * closest value that would work.
 */
final class SettingException extends MojoExecutionException {

    private static final long serialVersionUID = 1L;

    /** {@code rust-fit: <property> '<value>' <problem>. <closest>.} */
    static final String MESSAGE = "rust-fit: %s '%s' %s. %s.";

    /**
     * What was refused.
     *
     * @param property the user property, such as {@code rustfit.threads}
     * @param value the value given
     * @param problem what is wrong with it, as a predicate ({@code is below 0})
     * @param closest the closest valid value, as a sentence that says what to write ({@code Use 0 ...})
     */
    record Refusal(String property, Object value, String problem, String closest) {}

    private final transient Refusal refusal;

    SettingException(String property, Object value, String problem, String closest) {
        super(String.format(MESSAGE, property, value, problem, closest));
        this.refusal = new Refusal(property, value, problem, closest);
    }

    Refusal refusal() {
        return refusal;
    }
}
