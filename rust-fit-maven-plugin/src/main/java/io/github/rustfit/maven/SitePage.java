package io.github.rustfit.maven;

import io.github.rustfit.report.html.HtmlReport;
import io.github.rustfit.report.model.ReportModel;
import io.github.rustfit.report.model.ReportModel.ModuleRef;
import io.github.rustfit.report.model.ReportModel.VerdictCount;
import org.apache.maven.doxia.sink.Sink;

/** The rust-fit page of a Maven site, in the site's own look, linking the full report beside it. */
final class SitePage {

    /** The page's name, without extension, and the folder of the full report. */
    static final String OUTPUT_NAME = "rust-fit";

    private SitePage() {}

    /** The page in the site's own look: the counts, the candidates and a link to the full report. */
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
        sink.text("Each module of this reactor judged against the article's criteria and its three questions. ");
        sink.link(OUTPUT_NAME + "/" + HtmlReport.FILE_NAME);
        sink.text("Open the full report");
        sink.link_();
        sink.text(" for the criteria map, every module's rationale and the evidence behind each signal.");
        sink.paragraph_();
        verdicts(model, sink);
        candidates(model, sink);
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private static void verdicts(ReportModel model, Sink sink) {
        sink.table();
        sink.tableRows();
        sink.tableRow();
        sink.tableHeaderCell();
        sink.text("Verdict");
        sink.tableHeaderCell_();
        sink.tableHeaderCell();
        sink.text("Modules");
        sink.tableHeaderCell_();
        sink.tableRow_();
        for (VerdictCount count : model.overview().verdicts()) {
            sink.tableRow();
            sink.tableCell();
            sink.text(count.verdict().label());
            sink.tableCell_();
            sink.tableCell();
            sink.text(String.valueOf(count.count()));
            sink.tableCell_();
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    private static void candidates(ReportModel model, Sink sink) {
        sink.paragraph();
        sink.bold();
        sink.text("Candidates: ");
        sink.bold_();
        sink.paragraph_();
        if (model.overview().candidates().isEmpty()) {
            sink.paragraph();
            sink.text("none");
            sink.paragraph_();
        } else {
            sink.list();
            for (ModuleRef candidate : model.overview().candidates()) {
                sink.listItem();
                sink.link(OUTPUT_NAME + "/" + HtmlReport.FILE_NAME + "#" + candidate.anchor());
                sink.text(candidate.name());
                sink.link_();
                sink.text(" (" + candidate.verdict().label() + ")");
                sink.listItem_();
            }
            sink.list_();
        }
    }
}
