package io.github.rustfit.sample.gateway;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** All open connections, by id. Written by the selector thread, read by the reaper and status log. */
final class ConnectionRegistry {

    private final ConcurrentHashMap<Long, Connection> connections = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);

    long newId() {
        return nextId.getAndIncrement();
    }

    void add(Connection connection) {
        connections.put(connection.id(), connection);
    }

    void remove(Connection connection) {
        connections.remove(connection.id(), connection);
    }

    int size() {
        return connections.size();
    }

    Collection<Connection> all() {
        return connections.values();
    }

    /** Connections with no traffic for at least {@code idleNanos}, as of {@code now}. */
    List<Connection> idleSince(long now, long idleNanos) {
        List<Connection> idle = new ArrayList<>();
        for (Connection connection : connections.values()) {
            if (now - connection.lastActivityNanos() >= idleNanos) {
                idle.add(connection);
            }
        }
        return idle;
    }
}
