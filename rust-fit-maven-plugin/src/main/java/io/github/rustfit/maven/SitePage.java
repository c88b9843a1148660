package io.github.rustfit.maven;

import io.github.rustfit.report.html.HtmlReport;
import io.github.rustfit.report.model.ReportModel;
import org.apache.maven.doxia.sink.Sink;

/** The rust-fit page of a Maven site, in the site's own look, linking the full report beside it. */
final class SitePage {

    /** The page's name, without extension, and the folder of the full report. */
    static final String OUTPUT_NAME = "rust-fit";

    private SitePage() {}

    /**
     * The page in the site's skin: the report's own sections, rendered by the same template as the
     * standalone report (its styles scoped to the report's element), and a link to that page.
     */
    static void write(ReportModel model, Sink sink) {
        sink.head();
        sink.title();
        sink.text("rust-fit");
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("rust-fit");
        sink.sectionTitle1_();
        sink.paragraph();
        sink.text("Also as one self-contained page: ");
        sink.link(OUTPUT_NAME + "/" + HtmlReport.FILE_NAME);
        sink.text(OUTPUT_NAME + "/" + HtmlReport.FILE_NAME);
        sink.link_();
        sink.text(".");
        sink.paragraph_();
        sink.rawText(HtmlReport.renderFragment(model));
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }
}
