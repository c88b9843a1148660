package io.github.rustfit.sample.orders.web;

public record OrderLineRequest(String sku, int quantity, long unitPriceMinor) {}
