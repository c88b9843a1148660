package io.github.rustfit.sample.orders.service;

import io.github.rustfit.sample.orders.domain.Order;
import io.github.rustfit.sample.orders.repository.OrderRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class OrderService {

    private final OrderRepository orders;

    public OrderService(OrderRepository orders) {
        this.orders = orders;
    }

    public Page<Order> list(Pageable pageable) {
        return orders.findAll(pageable);
    }

    public Page<Order> listForCustomer(Long customerId, Pageable pageable) {
        return orders.findByCustomerId(customerId, pageable);
    }

    public Order get(Long id) {
        return orders.findById(id).orElseThrow(() -> new NotFoundException("order", id));
    }

    @Transactional
    public Order save(Order order) {
        return orders.save(order);
    }

    @Transactional
    public void delete(Long id) {
        orders.deleteById(id);
    }
}
