package it.core;

public final class Core {
    public String name() {
        return "core";
    }
}
