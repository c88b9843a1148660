package io.github.rustfit.sample.audit;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers a day's audit records into segments of bounded size and seals each one. Runs once a
 * night, off the request path.
 */
public final class DailyArchive {

    private final LocalDate day;
    private final int segmentBytes;
    private final List<byte[]> sealed = new ArrayList<>();
    private ByteArrayOutputStream current = new ByteArrayOutputStream();
    private long records;

    public DailyArchive(LocalDate day, int segmentBytes) {
        if (segmentBytes <= 0 || segmentBytes > SegmentSealer.MAX_SEGMENT) {
            throw new IllegalArgumentException("segment size must be between 1 and " + SegmentSealer.MAX_SEGMENT);
        }
        this.day = day;
        this.segmentBytes = segmentBytes;
    }

    public void add(AuditRecord record) {
        if (!record.at().toString().startsWith(day.toString())) {
            throw new IllegalArgumentException("record of " + record.at() + " does not belong to " + day);
        }
        byte[] line = record.toBytes();
        if (current.size() + line.length > segmentBytes && current.size() > 0) {
            flush();
        }
        current.writeBytes(line);
        records++;
    }

    /** Seals whatever is gathered and returns every sealed segment of the day, in order. */
    public List<byte[]> close() {
        if (current.size() > 0) {
            flush();
        }
        return List.copyOf(sealed);
    }

    public long records() {
        return records;
    }

    private void flush() {
        sealed.add(SegmentSealer.seal(current.toByteArray()));
        current = new ByteArrayOutputStream();
    }
}
