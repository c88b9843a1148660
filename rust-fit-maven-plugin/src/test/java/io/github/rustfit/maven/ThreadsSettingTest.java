package io.github.rustfit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ThreadsSettingTest {

    private final AnalyzeMojo mojo = new AnalyzeMojo();

    @Test
    void zero_means_one_thread_per_processor() throws Exception {
        mojo.threads = 0;

        assertThat(mojo.threadCount()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void a_positive_setting_is_taken_as_it_is() throws Exception {
        mojo.threads = 3;

        assertThat(mojo.threadCount()).isEqualTo(3);
    }

    @Test
    void a_negative_setting_is_refused_with_the_fix() {
        mojo.threads = -2;

        assertThatThrownBy(mojo::threadCount)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("rust-fit: rustfit.threads must be 0 (one per processor) or more, was -2. Remove the"
                        + " setting to use one thread per processor.");
    }
}
