package io.github.rustfit.sample.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/** Who did what to which order, and when. */
public record AuditRecord(Instant at, String actor, String action, long orderId) {

    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
    }

    /** One line of a segment: tab-separated, newline-terminated. */
    String toLine() {
        return at + "\t" + actor.replace('\t', ' ') + "\t" + action.replace('\t', ' ') + "\t" + orderId + "\n";
    }

    byte[] toBytes() {
        return toLine().getBytes(StandardCharsets.UTF_8);
    }
}
