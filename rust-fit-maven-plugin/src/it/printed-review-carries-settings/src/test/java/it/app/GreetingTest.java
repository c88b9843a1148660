package it.app;

/** Counted only with -Drustfit.includeTests=true: a review without it saw other evidence. */
public final class GreetingTest {
    public static void main(String[] args) {
        Greeting greeting = new Greeting();
        check(greeting.greet("Ada"), "Hello, Ada");
        check(greeting.greet(""), "Hello, ");
        check(greeting.greet("Grace"), "Hello, Grace");
        check(greeting.greet("Alan"), "Hello, Alan");
        check(greeting.greet("Edsger"), "Hello, Edsger");
        check(greeting.greet("Barbara"), "Hello, Barbara");
    }

    private static void check(String actual, String expected) {
        if (!actual.equals(expected)) {
            throw new AssertionError(actual + " != " + expected);
        }
    }
}
