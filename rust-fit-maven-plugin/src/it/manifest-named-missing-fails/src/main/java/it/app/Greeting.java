package it.app;

/** Plain application code: nothing here calls for Rust. */
public final class Greeting {

    private final String name;

    public Greeting(String name) {
        this.name = name;
    }

    public String text() {
        return "Hello, " + name + "!";
    }
}
