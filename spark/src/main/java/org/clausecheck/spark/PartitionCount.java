package org.clausecheck.spark;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one partition's audit produced, sent back to the driver with the task (through an accumulator), so that the
 * job's summary needs no extra pass over the tables. A partition computed again (a retried task, cached blocks lost)
 * reports the same figures under the same index, and {@link #total} counts each partition once.
 *
 * @param partition the partition's index in the scan
 * @param contracts files audited (rows of the contracts table)
 * @param failed    of which could not be audited
 * @param findings  rows of the findings table
 */
record PartitionCount(int partition, long contracts, long failed, long findings) implements Serializable {

    /** The sum over the partitions, each counted once. */
    static PartitionCount total(Collection<PartitionCount> reported) {
        Map<Integer, PartitionCount> byPartition = new TreeMap<>();
        reported.forEach(count -> byPartition.put(count.partition(), count));
        long contracts = 0;
        long failed = 0;
        long findings = 0;
        for (PartitionCount count : byPartition.values()) {
            contracts += count.contracts();
            failed += count.failed();
            findings += count.findings();
        }
        return new PartitionCount(-1, contracts, failed, findings);
    }
}
