package org.clausecheck.portfolio;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs tasks with at most {@code slots} at a time, each within a time limit. PDFBox and POI do not answer
 * interrupts, so a task over its limit cannot be stopped: it is abandoned. Its slot is given back at the
 * deadline and the next task runs on a fresh thread (the pool grows as needed), so a hung parser costs one
 * thread, never the run. Abandoned threads are daemons, interrupted in case they do listen, and their late
 * results are dropped. The audit runs its files on it; {@code check --timeout} its files one at a time.
 */
public final class TimeLimitedWorkers implements AutoCloseable {

    /** How a task ended: a value, a failure, or past its limit. */
    public record Outcome<T>(T value, Throwable failure, boolean timedOut) {
    }

    private final Semaphore slots;
    private final Duration limit;
    private final ExecutorService threads = Executors.newCachedThreadPool(daemons("audit-worker"));
    private final ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, daemons("audit-watchdog"));
    private final Phaser pending = new Phaser(1);

    public TimeLimitedWorkers(int slots, Duration limit) {
        this.slots = new Semaphore(slots);
        this.limit = limit;
        // A deadline cancelled because its file finished must leave the queue now, not when it would have
        // fired: a large portfolio would otherwise keep a minute's worth of them.
        watchdog.setRemoveOnCancelPolicy(true);
    }

    /** Waits for a free slot, then starts the task; {@code onDone} runs exactly once, on some other thread. */
    public <T> void submit(Callable<T> task, Consumer<Outcome<T>> onDone) throws InterruptedException {
        slots.acquire();
        pending.register();
        AtomicBoolean settled = new AtomicBoolean();
        AtomicReference<Thread> runner = new AtomicReference<>();
        AtomicReference<ScheduledFuture<?>> deadline = new AtomicReference<>();
        threads.execute(() -> {
            runner.set(Thread.currentThread());
            Outcome<T> outcome;
            try {
                outcome = new Outcome<>(task.call(), null, false);
            } catch (Throwable e) { // a failure of this task only: report it as its outcome
                outcome = new Outcome<>(null, e, false);
            }
            if (settled.compareAndSet(false, true)) {
                ScheduledFuture<?> timer = deadline.get();
                if (timer != null) {
                    timer.cancel(false);
                }
                finish(onDone, outcome);
            }
            Thread.interrupted(); // a late interrupt must not leak to the pool's next task
        });
        deadline.set(watchdog.schedule(() -> {
            if (settled.compareAndSet(false, true)) {
                Thread thread = runner.get();
                if (thread != null) {
                    thread.interrupt();
                }
                finish(onDone, new Outcome<>(null, null, true));
            }
        }, limit.toMillis(), TimeUnit.MILLISECONDS));
    }

    private <T> void finish(Consumer<Outcome<T>> onDone, Outcome<T> outcome) {
        try {
            onDone.accept(outcome);
        } finally {
            slots.release();
            pending.arriveAndDeregister();
        }
    }

    /** Waits until every submitted task has finished or been abandoned. */
    public void awaitAll() throws InterruptedException {
        pending.awaitAdvanceInterruptibly(pending.arrive());
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        threads.shutdownNow();
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
