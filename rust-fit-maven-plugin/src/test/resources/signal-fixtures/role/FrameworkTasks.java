package fixtures.role;

import org.apache.kafka.connect.sink.SinkTask;

/** A framework integration: Kafka Connect runs the task, and Hadoop's old API the reader named in full. */
abstract class TableSinkTask extends SinkTask { // expect: role.api-contracts

    abstract static class LineReader implements org.apache.hadoop.mapred.RecordReader<Long, String> {}
}
