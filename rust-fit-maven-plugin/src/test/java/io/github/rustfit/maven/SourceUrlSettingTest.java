package io.github.rustfit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rustfit.report.model.SourceLinks;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class SourceUrlSettingTest {

    private static final Path ROOT = Path.of("/work/project");

    @Test
    void without_a_template_links_lead_from_the_report_back_to_the_sources() throws Exception {
        SourceLinks links = ReportMojo.sourceLinks(null, ROOT.resolve("target/rust-fit"), ROOT);

        assertThat(links.href("core/src/main/java/p/A.java", 12)).isEqualTo("../../core/src/main/java/p/A.java");
    }

    @Test
    void a_template_puts_the_path_and_line_in_place() throws Exception {
        SourceLinks links = ReportMojo.sourceLinks(
                "https://example.org/repo/blob/main/{path}#L{line}", ROOT.resolve("target/rust-fit"), ROOT);

        assertThat(links.href("core/src/main/java/p/A b.java", 12))
                .isEqualTo("https://example.org/repo/blob/main/core/src/main/java/p/A%20b.java#L12");
    }

    @Test
    void a_template_without_the_path_placeholder_is_refused_naming_the_property() {
        assertThatThrownBy(() -> ReportMojo.sourceLinks(
                        "https://example.org/repo/blob/main/", ROOT.resolve("target/rust-fit"), ROOT))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("rust-fit: "
                        + String.format(SourceLinks.NO_PATH_PLACEHOLDER, "https://example.org/repo/blob/main/"))
                .hasMessageContaining("rustfit.sourceUrl must contain {path}");
    }

    @Test
    void a_template_that_is_not_a_web_address_is_refused() {
        assertThatThrownBy(() ->
                        ReportMojo.sourceLinks("javascript:alert(1)//{path}", ROOT.resolve("target/rust-fit"), ROOT))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("rustfit.sourceUrl must be an http or https URL");
    }
}
