package it.shipping;

/** Plain application code: nothing here calls for Rust. */
public final class Shipping {

    public String name() {
        return "shipping";
    }
}
