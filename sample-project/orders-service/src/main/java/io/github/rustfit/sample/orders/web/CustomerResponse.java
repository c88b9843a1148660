package io.github.rustfit.sample.orders.web;

import io.github.rustfit.sample.orders.domain.Customer;
import java.time.Instant;

public record CustomerResponse(Long id, String name, String email, Instant createdAt) {

    static CustomerResponse from(Customer customer) {
        return new CustomerResponse(customer.getId(), customer.getName(), customer.getEmail(), customer.getCreatedAt());
    }
}
