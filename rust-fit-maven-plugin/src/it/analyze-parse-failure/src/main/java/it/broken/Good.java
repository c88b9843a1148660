package it.broken;

public final class Good {
    public int answer() {
        return 42;
    }
}
