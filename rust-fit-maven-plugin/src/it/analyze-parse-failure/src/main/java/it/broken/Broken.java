package it.broken;

public final class Broken {
    public int answer( {
        return 42;
    }
}
