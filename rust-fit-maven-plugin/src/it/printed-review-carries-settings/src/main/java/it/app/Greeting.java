package it.app;

public final class Greeting {
    public String greet(String name) {
        return "Hello, " + name;
    }
}
