package org.clausecheck.spark;

/**
 * How many partitions the {@code binaryFile} scan makes of the contracts. Spark packs files into partitions of up to
 * {@code spark.sql.files.maxPartitionBytes}, counting each as at least {@code spark.sql.files.openCostInBytes} (4 MB):
 * for 270 contracts of 200 KB on 2 cores that is 9 partitions of 30 files, and the last one runs on one core while the
 * other waits. A partition is the unit that a slow file delays, so the job asks for several per core: Spark then
 * splits the input by size (each file still counted with the open cost) into about that many, largest files first,
 * and still caps a partition at maxPartitionBytes, so a large input keeps Spark's own partition size.
 */
final class ScanPartitioning {

    /** Spark's setting for the least number of partitions of a file scan (default: the default parallelism). */
    static final String MIN_PARTITIONS = "spark.sql.files.minPartitionNum";

    /** Partitions per task slot: small enough units that all cores stay busy to the end of the scan. */
    static final int PARTITIONS_PER_CORE = 8;

    private ScanPartitioning() {
    }

    /**
     * The least number of partitions for {@code files} contracts on {@code parallelism} task slots: several per slot,
     * at most one per file, at least one.
     */
    static int minPartitions(long files, int parallelism) {
        long wanted = (long) PARTITIONS_PER_CORE * Math.max(1, parallelism);
        return (int) Math.max(1, Math.min(files, wanted));
    }
}
