package io.github.rustfit.sample.orders.domain;

public enum OrderStatus {
    DRAFT,
    PLACED,
    PAID,
    SHIPPED,
    CANCELLED
}
