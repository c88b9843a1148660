package io.github.rustfit.report.html;

import io.github.rustfit.core.io.AtomicFiles;
import io.github.rustfit.report.model.ReportModel;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the report model as one self-contained HTML page: inline CSS and SVG, a small inline
 * script that only sorts and filters, nothing fetched from the network. The template engine
 * escapes every value by default, so source snippets, paths and manifest text always show as text.
 * Output holds no timestamps: the same model gives the same bytes.
 */
public final class HtmlReport {

    /** The report's file name inside the output directory. */
    public static final String FILE_NAME = "index.html";

    private static final String TEMPLATE = "io/github/rustfit/report/html/report.peb";

    /** The same sections without the page around them, for a Maven site page. */
    private static final String SITE_TEMPLATE = "io/github/rustfit/report/html/site.peb";

    private static final PebbleEngine ENGINE = new PebbleEngine.Builder()
            .loader(new ClasspathLoader(HtmlReport.class.getClassLoader()))
            .autoEscaping(true)
            .defaultEscapingStrategy("html")
            .strictVariables(true)
            .newLineTrimming(true)
            .defaultLocale(Locale.ROOT)
            .build();

    private HtmlReport() {}

    /** The page's HTML text. */
    public static String render(ReportModel model) {
        return evaluate(TEMPLATE, model);
    }

    /**
     * The report's sections as an HTML fragment for a page another tool lays out (the Maven
     * site's skin): its own styles scoped under one element, the same sections and script as the
     * standalone page. One template renders both.
     */
    public static String renderFragment(ReportModel model) {
        return evaluate(SITE_TEMPLATE, model);
    }

    private static String evaluate(String name, ReportModel model) {
        PebbleTemplate template = ENGINE.getTemplate(name);
        StringWriter out = new StringWriter(64 * 1024);
        try {
            template.evaluate(out, Map.of("report", model), Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException("The report template could not be rendered", e);
        }
        return out.toString();
    }

    /** Writes the page atomically. */
    public static void write(ReportModel model, Path file) throws IOException {
        AtomicFiles.writeString(file, render(model));
    }
}
