package io.github.rustfit.sample.orders.service;

import io.github.rustfit.sample.orders.domain.Customer;
import io.github.rustfit.sample.orders.repository.CustomerRepository;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CustomerService {

    private final CustomerRepository customers;

    public CustomerService(CustomerRepository customers) {
        this.customers = customers;
    }

    public Page<Customer> list(Pageable pageable) {
        return customers.findAll(pageable);
    }

    public Customer get(Long id) {
        return customers.findById(id).orElseThrow(() -> new NotFoundException("customer", id));
    }

    public Optional<Customer> findByEmail(String email) {
        return customers.findByEmail(email);
    }

    @Transactional
    public Customer save(Customer customer) {
        return customers.save(customer);
    }

    @Transactional
    public void delete(Long id) {
        customers.deleteById(id);
    }
}
