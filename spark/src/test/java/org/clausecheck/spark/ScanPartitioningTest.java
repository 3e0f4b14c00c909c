package org.clausecheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScanPartitioningTest {

    @Test
    void asksForSeveralPartitionsPerCoreButNeverMoreThanOnePerFile() {
        assertEquals(16, ScanPartitioning.minPartitions(270, 2), "CUAD's 270 PDFs in local[2]");
        assertEquals(3_200, ScanPartitioning.minPartitions(1_000_000, 400), "a million contracts on 400 cores");
        assertEquals(5, ScanPartitioning.minPartitions(5, 2), "one file per partition at most");
        assertEquals(1, ScanPartitioning.minPartitions(0, 2), "an empty input still has a partition");
        assertEquals(8, ScanPartitioning.minPartitions(100, 0), "a parallelism under one counts as one");
    }
}
