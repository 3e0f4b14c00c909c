package org.clausecheck.spark;

import org.apache.spark.broadcast.Broadcast;
import org.clausecheck.portfolio.FileAnalysis;

/**
 * One {@link FileAnalysis} per executor JVM and job, shared by the executor's task threads (it is thread-safe, as the
 * audit's workers share it): compiling the playbook and loading the inventory's models once per partition would cost
 * more than a small partition's files. Spark has no per-executor hook, so this is the one piece of static state, in
 * the job's own top-level module: it holds the analysis of the latest job's settings only.
 */
final class ExecutorAnalysis {

    private record Loaded(long broadcastId, FileAnalysis analysis) {
    }

    private static Loaded loaded;

    private ExecutorAnalysis() {
    }

    static synchronized FileAnalysis of(Broadcast<JobSettings> settings) {
        if (loaded == null || loaded.broadcastId() != settings.id()) {
            loaded = new Loaded(settings.id(), PartitionAuditor.analysis(settings.value()));
        }
        return loaded.analysis();
    }
}
