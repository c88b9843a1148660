package it.alpha;

public final class Alpha {
    public String name() {
        return "alpha";
    }
}
