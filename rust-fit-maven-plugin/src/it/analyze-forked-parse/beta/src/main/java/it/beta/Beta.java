package it.beta;

public final class Beta {
    public String name() {
        return "beta";
    }
}
