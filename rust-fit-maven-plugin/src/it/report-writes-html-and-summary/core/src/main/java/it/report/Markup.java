package it.report;

public final class Markup {
    // a string that would run script if a report pasted source text into HTML unescaped
    static final String CLOSE = "</script><script>alert(1)</script>";
}
