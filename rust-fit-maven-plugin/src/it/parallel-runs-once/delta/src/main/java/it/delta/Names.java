package it.delta;

public final class Names {
    public String name() {
        return "delta";
    }
}
