package io.github.rustfit.sample.orders.web;

import io.github.rustfit.sample.cache.Cache;
import io.github.rustfit.sample.orders.domain.Customer;
import io.github.rustfit.sample.orders.service.CustomerService;
import java.net.URI;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
public class CustomerController {

    private final CustomerService customers;
    /** Customer lookups are the most frequent call (every order page shows one); cache them. */
    private final Cache<Long, CustomerResponse> lookups;

    public CustomerController(CustomerService customers, Cache<Long, CustomerResponse> customerLookups) {
        this.customers = customers;
        this.lookups = customerLookups;
    }

    @GetMapping
    public Page<CustomerResponse> list(Pageable pageable) {
        return customers.list(pageable).map(CustomerResponse::from);
    }

    @GetMapping("/{id}")
    public CustomerResponse get(@PathVariable Long id) {
        return lookups.get(id, key -> CustomerResponse.from(customers.get(key)));
    }

    @PostMapping
    public ResponseEntity<CustomerResponse> create(@RequestBody CustomerRequest request) {
        Customer saved = customers.save(new Customer(request.name(), request.email()));
        return ResponseEntity.created(URI.create("/api/customers/" + saved.getId()))
                .body(CustomerResponse.from(saved));
    }

    @PutMapping("/{id}")
    public CustomerResponse update(@PathVariable Long id, @RequestBody CustomerRequest request) {
        Customer customer = customers.get(id);
        customer.setName(request.name());
        customer.setEmail(request.email());
        CustomerResponse response = CustomerResponse.from(customers.save(customer));
        lookups.put(id, response);
        return response;
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable Long id) {
        customers.delete(id);
        lookups.invalidate(id);
    }
}
