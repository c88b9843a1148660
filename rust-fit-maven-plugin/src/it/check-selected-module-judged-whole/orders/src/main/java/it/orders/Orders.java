package it.orders;

/** Keeps the open orders. */
public final class Orders {
    private final java.util.List<String> open = new java.util.ArrayList<>();

    public void add(String order) {
        open.add(order);
    }
}
