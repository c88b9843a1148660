package io.github.rustfit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rustfit.core.fork.ForkMode;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ForkSettingTest {

    private final AnalyzeMojo mojo = new AnalyzeMojo();

    @Test
    void the_setting_names_the_mode_in_any_case() throws Exception {
        mojo.fork = "Never";

        assertThat(mojo.forkMode()).isEqualTo(ForkMode.NEVER);
    }

    @Test
    void an_unknown_mode_is_refused_with_the_accepted_values_and_where_to_fix_it() {
        mojo.fork = "sometimes";

        assertThatThrownBy(mojo::forkMode)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("rust-fit: Unknown fork mode 'sometimes'. Use one of auto, always, never. Fix rustfit.fork"
                        + " (or <fork> in the plugin's configuration), or remove it to use auto.");
    }

    @Test
    void extra_jvm_arguments_are_split_on_any_whitespace() {
        mojo.forkJvmArguments = "  -Xmx1g\t-Dx=y \n";

        assertThat(mojo.forkArguments()).containsExactly("-Xmx1g", "-Dx=y");
    }

    @Test
    void no_extra_jvm_arguments_by_default() {
        assertThat(mojo.forkArguments()).isEmpty();
    }
}
