package fixtures.crud;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** An entity counts once, and each mapped field once however many annotations it carries. */
@Entity
@Table(name = "orders")
class Order { // expect: crud.persistence

    @Id
    @GeneratedValue
    @Column(name = "order_id")
    private Long id; // expect: crud.persistence

    @Column(nullable = false)
    private String customer; // expect: crud.persistence

    @OneToMany(mappedBy = "order")
    private List<Long> lineIds; // expect: crud.persistence

    private transient long total;

    long[] lines() {
        return new long[0];
    }

    long total() {
        return total;
    }

    Order withTotal(long total) {
        this.total = total;
        return this;
    }
}

interface OrderRepository extends JpaRepository<Order, Long> { // expect: crud.persistence

    @Query("select o from Order o where o.customer = ?1")
    List<Order> byCustomer(String customer); // expect: crud.persistence

    Optional<Order> findFirstByCustomer(String customer);
}

class OrderArchive {

    private final EntityManager entityManager;

    OrderArchive(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void archive(Order order) {
        entityManager.persist(order); // expect: crud.persistence
        entityManager.flush();
    }
}

interface AuditClient {
    Order stamp(Order order);
}
