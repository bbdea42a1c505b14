package dev.jawait.runtime;

import java.lang.reflect.Constructor;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code loop} runner: virtual threads scheduled on a queue that only {@link #run} drains.
 * {@code run} admits one caller at a time; {@code spawn} is thread-safe.
 */
final class LoopRunner implements Runner {

    private static final String OPENS = "--add-opens java.base/java.lang=ALL-UNNAMED";
    private static final Constructor<?> BUILDER;
    private static final Throwable BUILDER_FAILURE;

    static {
        Constructor<?> c = null;
        Throwable failure = null;
        try {
            c = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder").getDeclaredConstructor(Executor.class);
            c.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            c = null;
            failure = e;
        }
        BUILDER = c;
        BUILDER_FAILURE = failure;
    }

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Executor scheduler = queue::add;
    private final AtomicBoolean running = new AtomicBoolean();

    LoopRunner() {
        newBuilder(); // fail fast, with the message that names the JVM option
    }

    @Override
    public Object run(Cell cell) throws Exception {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException(
                    "this loop runner is already running a cell; it runs one cell at a time and cannot be re-entered");
        }
        try {
            Outcome outcome = new Outcome();
            Callable<Object> body = () -> TaskContext.runWith(this, cell::call);
            Thread cellThread = newBuilder().name(Names.cell()).unstarted(() -> outcome.capture(body));
            if (Thread.currentThread().isVirtual()) {
                // a virtual thread cannot carry another one: borrow a platform thread to drain
                Thread carrier = Thread.ofPlatform().name("jawait-loop-carrier").daemon()
                        .start(() -> drainUntilDone(cellThread));
                Outcome.joinForwardingInterrupts(carrier, cellThread);
            } else {
                drainUntilDone(cellThread);
            }
            return outcome.get();
        } finally {
            running.set(false);
        }
    }

    /** Runs queued continuations on the current (platform) thread until the cell has terminated. */
    private void drainUntilDone(Thread cellThread) {
        cellThread.start();
        while (cellThread.isAlive()) {
            Runnable next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                cellThread.interrupt();
                continue;
            }
            next.run();
        }
    }

    @Override
    public <T> CompletableFuture<T> spawn(Callable<T> task) {
        return SpawnedTask.start(newBuilder(), this, task);
    }

    @Override
    public String toString() {
        return "loop";
    }

    /** A fresh builder per thread: builders are not thread-safe. */
    private Thread.Builder.OfVirtual newBuilder() {
        if (BUILDER == null) {
            throw new UnsupportedOperationException("the loop runner needs the JVM option " + OPENS
                    + " (to give its virtual threads their own scheduler); start the JVM with it or use the virtual runner",
                    BUILDER_FAILURE);
        }
        try {
            return (Thread.Builder.OfVirtual) BUILDER.newInstance(scheduler);
        } catch (ReflectiveOperationException e) {
            throw new UnsupportedOperationException("the loop runner cannot create virtual threads on its own scheduler"
                    + " on this JVM (" + Runtime.version() + "): " + e, e);
        }
    }
}
