package io.github.rustfit.sample.orders.web;

import io.github.rustfit.sample.orders.domain.Order;
import io.github.rustfit.sample.orders.domain.OrderStatus;
import java.time.Instant;
import java.util.List;

public record OrderResponse(
        Long id,
        Long customerId,
        OrderStatus status,
        String currency,
        List<OrderLineResponse> lines,
        long totalMinor,
        Instant createdAt,
        Instant updatedAt) {

    static OrderResponse from(Order order) {
        return new OrderResponse(
                order.getId(),
                order.getCustomer().getId(),
                order.getStatus(),
                order.getCurrency(),
                order.getLines().stream().map(OrderLineResponse::from).toList(),
                order.getTotalMinor(),
                order.getCreatedAt(),
                order.getUpdatedAt());
    }
}
