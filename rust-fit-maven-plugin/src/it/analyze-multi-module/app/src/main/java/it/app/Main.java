package it.app;

import it.lib.Counter;

public final class Main {
    public static void main(String[] args) {
        System.out.println(new Counter().increment());
    }
}
