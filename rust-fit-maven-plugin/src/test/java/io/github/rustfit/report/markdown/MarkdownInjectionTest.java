package io.github.rustfit.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rustfit.report.SyntheticResults;
import io.github.rustfit.report.model.ReportModels;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code summary.md} is rendered by code hosts in job summaries and pull-request comments. Whatever
 * a module is called, the rendered summary shows the name as text: no element, link or emphasis
 * comes out of it. Checked by rendering the Markdown as CommonMark (with GFM tables, as code hosts
 * do) and reading the HTML produced.
 */
class MarkdownInjectionTest {

    private static final List<org.commonmark.Extension> GFM = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(GFM).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().extensions(GFM).build();

    private static Document rendered(String markdown) {
        return Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown)));
    }

    private static final String MARKUP = "<img src=x onerror=alert(1)>[home](javascript:alert(2)) *em* _u_ | pipe";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a`b",
                "a``b",
                "a```b",
                "``a``" + MARKUP + "``",
                "x``" + MARKUP + "``y",
                "`" + MARKUP,
                MARKUP + "`",
                "````` " + MARKUP + " `````",
                " ` ",
                "`",
                "``",
                "a\\`` <b>bold</b>",
                "line\nbreak`` <i>x</i>",
            })
    void a_module_name_shows_as_one_code_span_whatever_backticks_it_holds(String name) {
        String summary = MarkdownSummary.render(ReportModels.of(SyntheticResults.renamed("gateway", name)));

        Document html = rendered(summary);

        assertThat(html.select("img, a, em, del, b, i, script")).as(summary).isEmpty();
        assertThat(html.select("strong").eachText())
                .as(summary)
                .containsOnly("Candidates:", "Reviews:", "Parse coverage:");
        Element candidates = html.select("p").stream()
                .filter(p -> p.text().startsWith("Candidates:"))
                .findFirst()
                .orElseThrow();
        assertThat(candidates.select("code").first().wholeText()).as(summary).isEqualTo(name.replace('\n', ' '));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                MARKUP,
                "<script>alert(1)</script>",
                "[x][ref]\n\n[ref]: http://evil",
                "<http://evil.example>",
                "![img](http://evil.example/x.png)",
                "**strong** __strong__ ~~gone~~",
                "a | b | c",
                "&lt;b&gt; &amp; &#60;i&#62;",
                "back\\slash\\*",
                "`code` ``code``",
                "(see [docs](http://evil)) ![x](y) !(z)",
                "[](x) ]( x) [a] (b)",
            })
    void plain_text_shows_as_the_same_text_in_a_paragraph_and_in_a_table_cell(String value) {
        String text = MarkdownSummary.text(value);
        String markdown = "Value: " + text + "\n\n| Head | Other |\n|---|---|\n| " + text + " | end |\n";

        Document html = rendered(markdown);

        assertThat(html.select("img, a, em, strong, del, b, i, script, code"))
                .as(markdown)
                .isEmpty();
        String flat = value.replace('\n', ' ');
        assertThat(html.selectFirst("p").wholeText()).as(markdown).isEqualTo("Value: " + flat);
        assertThat(html.select("tbody tr").first().select("td").stream()
                        .map(Element::wholeText)
                        .toList())
                .as(markdown)
                .containsExactly(flat.strip(), "end");
    }
}
