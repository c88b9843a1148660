package it.gamma;

public final class Names {
    public String name() {
        return "gamma";
    }
}
