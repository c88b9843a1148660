package io.github.rustfit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rustfit.report.model.SourceLinks;
import io.github.rustfit.run.Reports;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceUrlSettingTest {

    private static final Path ROOT = Path.of("/work/project");

    @Test
    void without_a_template_links_lead_from_the_report_back_to_the_sources() throws Exception {
        SourceLinks links = Reports.links(Parameters.sourceUrl(null), ROOT.resolve("target/rust-fit"), ROOT);

        assertThat(links.href("core/src/main/java/p/A.java", 12)).isEqualTo("../../core/src/main/java/p/A.java");
    }

    @Test
    void a_template_puts_the_path_and_line_in_place() throws Exception {
        Optional<String> template = Parameters.sourceUrl("https://example.org/repo/blob/main/{path}#L{line}");
        SourceLinks links = Reports.links(template, ROOT.resolve("target/rust-fit"), ROOT);

        assertThat(links.href("core/src/main/java/p/A b.java", 12))
                .isEqualTo("https://example.org/repo/blob/main/core/src/main/java/p/A%20b.java#L12");
    }

    @Test
    void a_template_without_the_path_placeholder_is_refused_naming_the_property() {
        assertThatThrownBy(() -> Parameters.sourceUrl("https://example.org/repo/blob/main/"))
                .isInstanceOf(SettingException.class)
                .hasMessage("rust-fit: rustfit.sourceUrl 'https://example.org/repo/blob/main/' must contain {path}."
                        + " Write one such as https://github.com/org/repo/blob/main/{path}#L{line}.");
    }

    @Test
    void a_template_that_is_not_a_web_address_is_refused() {
        assertThatThrownBy(() -> Parameters.sourceUrl("javascript:alert(1)//{path}"))
                .isInstanceOf(SettingException.class)
                .hasMessageContaining("rustfit.sourceUrl 'javascript:alert(1)//{path}' must be an http or https URL");
    }
}
