package io.github.rustfit.sample.orders.web;

import io.github.rustfit.sample.orders.domain.OrderStatus;
import java.util.List;

/** Body of POST and PUT on orders. {@code status} is ignored on creation. */
public record OrderRequest(Long customerId, String currency, OrderStatus status, List<OrderLineRequest> lines) {

    public OrderRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
