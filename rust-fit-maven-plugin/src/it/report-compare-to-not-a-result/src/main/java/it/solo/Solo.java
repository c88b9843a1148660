package it.solo;

public final class Solo {
    int twice(int value) {
        return value * 2;
    }
}
