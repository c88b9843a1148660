package fixtures.role;

import org.apache.hadoop.mapreduce.InputFormat;
import org.apache.hadoop.mapreduce.RecordReader;

/** A framework integration: Hadoop MapReduce runs its input format and record reader, reported once for the file. */
abstract class TableInputFormat extends InputFormat<String, String> { // expect: role.api-contracts

    abstract static class TableRecordReader extends RecordReader<String, String> {}
}
