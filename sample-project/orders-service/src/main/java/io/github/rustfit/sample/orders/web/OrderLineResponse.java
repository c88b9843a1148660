package io.github.rustfit.sample.orders.web;

import io.github.rustfit.sample.orders.domain.OrderLine;

public record OrderLineResponse(Long id, String sku, int quantity, long unitPriceMinor, long lineTotalMinor) {

    static OrderLineResponse from(OrderLine line) {
        return new OrderLineResponse(
                line.getId(), line.getSku(), line.getQuantity(), line.getUnitPriceMinor(), line.getLineTotalMinor());
    }
}
