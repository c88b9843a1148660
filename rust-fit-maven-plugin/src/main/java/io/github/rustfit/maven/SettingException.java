package io.github.rustfit.maven;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * A parameter's value is not one the plugin can run with. Every parameter is checked before any
 * work starts, and each refusal names the property, the value, what is wrong with it, and the
 * closest value that would work.
 */
final class SettingException extends MojoExecutionException {

    private static final long serialVersionUID = 1L;

    /** {@code rust-fit: <property> '<value>' <problem>. <closest>.} (no closing period after a question). */
    static final String MESSAGE = "rust-fit: %s '%s' %s. %s";

    /** Above the refusals of a goal's several parameters, one line each. */
    static final String SEVERAL = "rust-fit: %d values are still to fill in or to correct; nothing was done:";

    /**
     * What was refused.
     *
     * @param property the user property, such as {@code rustfit.threads}
     * @param value the value given
     * @param problem what is wrong with it, as a predicate ({@code is below 0})
     * @param closest the closest valid value, as a sentence that says what to write ({@code Use 0 ...})
     */
    record Refusal(String property, Object value, String problem, String closest) {}

    private final transient List<Refusal> refusals;

    SettingException(String property, Object value, String problem, String closest) {
        this(List.of(new Refusal(property, value, problem, closest)));
    }

    private SettingException(List<Refusal> refusals) {
        super(message(refusals));
        this.refusals = List.copyOf(refusals);
    }

    /** The refusals of several parameters, collected so that one run names them all. */
    static SettingException of(List<SettingException> each) {
        return each.size() == 1
                ? each.get(0)
                : new SettingException(each.stream()
                        .flatMap(refused -> refused.refusals.stream())
                        .toList());
    }

    /** The first refusal. */
    Refusal refusal() {
        return refusals.get(0);
    }

    /** Every refusal, in the order the parameters were checked. */
    List<Refusal> refusals() {
        return refusals;
    }

    private static String message(List<Refusal> refusals) {
        if (refusals.size() == 1) {
            return line(refusals.get(0));
        }
        return String.format(Locale.ROOT, SEVERAL, refusals.size())
                + refusals.stream().map(refusal -> "\n" + line(refusal)).collect(Collectors.joining());
    }

    private static String line(Refusal refusal) {
        String closest = refusal.closest() + (refusal.closest().endsWith("?") ? "" : ".");
        return String.format(MESSAGE, refusal.property(), refusal.value(), refusal.problem(), closest);
    }
}
