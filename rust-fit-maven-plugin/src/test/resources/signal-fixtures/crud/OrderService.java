package fixtures.crud;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** A thin service: most public methods hand the call to the repository. */
@Service
class OrderService {

    private final OrderRepository repository;
    private final AuditClient audit;

    OrderService(OrderRepository repository, AuditClient audit) {
        this.repository = repository;
        this.audit = audit;
    }

    public List<Order> findAll() { // expect: crud.delegating-services
        return repository.findAll();
    }

    public Optional<Order> find(long id) { // expect: crud.delegating-services
        return repository.findById(id);
    }

    public Order save(Order order) { // expect: crud.delegating-services
        return repository.save(audit.stamp(order));
    }

    public void delete(long id) { // expect: crud.delegating-services
        repository.deleteById(id);
    }

    public Order total(Order order) {
        long sum = 0;
        for (long line : order.lines()) {
            sum += line;
        }
        return order.withTotal(sum);
    }

    private Order internal(Order order) {
        return audit.stamp(order);
    }
}

/** Near-miss: a service with real logic and one pass-through does not read as thin. */
class PricingService {

    private final OrderRepository repository;

    PricingService(OrderRepository repository) {
        this.repository = repository;
    }

    public Optional<Order> find(long id) {
        return repository.findById(id);
    }

    public long discount(Order order, int percent) {
        long total = order.total();
        if (percent > 50) {
            throw new IllegalArgumentException("too generous");
        }
        return total - total * percent / 100;
    }

    public long tax(Order order) {
        long total = order.total();
        return total / 5;
    }
}

/** Near-miss: an executor service wrapping another is concurrency plumbing, not a service layer. */
class DelegatingExecutorService implements java.util.concurrent.ExecutorService {

    private final java.util.concurrent.ExecutorService delegate; // expect: concurrency.executors

    DelegatingExecutorService(java.util.concurrent.ExecutorService delegate) {
        this.delegate = delegate;
    }

    public void shutdown() {
        delegate.shutdown();
    }

    public boolean isShutdown() {
        return delegate.isShutdown();
    }
}
