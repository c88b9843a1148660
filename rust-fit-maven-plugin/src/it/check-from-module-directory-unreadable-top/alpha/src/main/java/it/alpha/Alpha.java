package it.alpha;

public final class Alpha {
    public int twice(int value) {
        return value * 2;
    }
}
