package fixtures.crud;

import java.nio.ByteBuffer;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A Spring controller: the class counts once and each handler once. */
@RestController
@RequestMapping("/orders")
class OrderController { // expect: crud.web-endpoints

    private final OrderService orders;

    OrderController(OrderService orders) {
        this.orders = orders;
    }

    @GetMapping
    List<Order> list() { // expect: crud.web-endpoints
        return orders.findAll();
    }

    @GetMapping("/{id}")
    @ResponseStatusLike
    ResponseEntity<Order> get(@PathVariable long id) { // expect: crud.web-endpoints
        return ResponseEntity.of(orders.find(id));
    }

    @PostMapping
    Order create(@RequestBody Order order) { // expect: crud.web-endpoints
        return orders.save(order);
    }

    @DeleteMapping("/{id}")
    void delete(@PathVariable long id) { // expect: crud.web-endpoints
        orders.delete(id);
    }

    // near-miss: a helper without a mapping is not an endpoint; one ByteBuffer use counts once
    // as byte-level I/O, and the module's density decides whether that makes it data plane
    long etag(byte[] body) {
        return ByteBuffer.wrap(body).getLong(); // expect: protocol.byte-buffers
    }

    @interface ResponseStatusLike {}
}
