package it.beta;

public final class Names {
    public String name() {
        return "beta";
    }
}
