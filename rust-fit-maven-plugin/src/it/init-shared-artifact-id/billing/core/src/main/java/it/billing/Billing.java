package it.billing;

/** Plain application code: nothing here calls for Rust. */
public final class Billing {

    public String name() {
        return "billing";
    }
}
