package fixtures.role;

import org.apache.hadoop.io.Writable;
import org.apache.hadoop.mapreduce.*;
import org.apache.hadoop.mapreduce.Job;

/**
 * Near-misses: a record type Hadoop serializes is a data type, not an extension point; a class that
 * only submits a job uses the framework without being run by it; and an on-demand import does not
 * say where a supertype's name comes from.
 */
abstract class TableRow implements Writable {}

final class Submitter {

    Job job;
}

abstract class WordMapper extends Mapper<Long, String, String, Long> {}
