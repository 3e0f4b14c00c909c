package org.clausecheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionCountTest {

    @Test
    void aPartitionReportedTwiceCountsOnce() {
        PartitionCount first = new PartitionCount(0, 17, 1, 176);
        PartitionCount second = new PartitionCount(1, 9, 0, 99);
        assertEquals(new PartitionCount(-1, 26, 1, 275), PartitionCount.total(List.of(first, second, first)));
        assertEquals(new PartitionCount(-1, 0, 0, 0), PartitionCount.total(List.of()));
    }
}
