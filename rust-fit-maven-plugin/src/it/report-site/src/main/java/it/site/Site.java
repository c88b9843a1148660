package it.site;

public final class Site {
    String greet(String name) {
        return "Hello, " + name;
    }
}
