package it.alpha;

public final class Names {
    public String name() {
        return "alpha";
    }
}
