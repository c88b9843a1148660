package io.github.rustfit.sample.orders.web;

import io.github.rustfit.sample.orders.domain.Order;
import io.github.rustfit.sample.orders.domain.OrderLine;
import io.github.rustfit.sample.orders.service.CustomerService;
import io.github.rustfit.sample.orders.service.OrderService;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
public class OrderController {

    private final OrderService orders;
    private final CustomerService customers;

    public OrderController(OrderService orders, CustomerService customers) {
        this.orders = orders;
        this.customers = customers;
    }

    @GetMapping
    public Page<OrderResponse> list(@RequestParam(required = false) Long customerId, Pageable pageable) {
        Page<Order> page = customerId == null ? orders.list(pageable) : orders.listForCustomer(customerId, pageable);
        return page.map(OrderResponse::from);
    }

    @GetMapping("/{id}")
    public OrderResponse get(@PathVariable Long id) {
        return OrderResponse.from(orders.get(id));
    }

    @PostMapping
    public ResponseEntity<OrderResponse> create(@RequestBody OrderRequest request) {
        Order order = new Order(customers.get(request.customerId()), request.currency());
        toLines(request.lines()).forEach(order::addLine);
        Order saved = orders.save(order);
        return ResponseEntity.created(URI.create("/api/orders/" + saved.getId())).body(OrderResponse.from(saved));
    }

    @PutMapping("/{id}")
    public OrderResponse update(@PathVariable Long id, @RequestBody OrderRequest request) {
        Order order = orders.get(id);
        order.setCurrency(request.currency());
        if (request.status() != null) {
            order.setStatus(request.status());
        }
        order.replaceLines(toLines(request.lines()));
        return OrderResponse.from(orders.save(order));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable Long id) {
        orders.delete(id);
    }

    private static List<OrderLine> toLines(List<OrderLineRequest> lines) {
        return lines.stream()
                .map(line -> new OrderLine(line.sku(), line.quantity(), line.unitPriceMinor()))
                .toList();
    }
}
