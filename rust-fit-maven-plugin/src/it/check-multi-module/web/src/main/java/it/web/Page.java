package it.web;

/** Renders a page; plain request-in, text-out code. */
public final class Page {

    public String render(String title) {
        return "<h1>" + title + "</h1>";
    }
}
