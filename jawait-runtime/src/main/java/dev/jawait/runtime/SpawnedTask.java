package dev.jawait.runtime;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The future of a spawned task ({@code spawn(...)}): completed with the task's result or original
 * exception; {@code cancel(true)} also interrupts the task's thread. Each task has a number and a
 * name ({@code Task-3}), the cell that spawned it, its start time, and shows as
 * {@code Task-3[pending, In[4]]}, {@code Task-3[done: 42]} or
 * {@code Task-3[failed: IOException: boom]}.
 *
 * <p>It also remembers whether anyone <em>observed</em> its outcome: read it ({@code get},
 * {@code join}, {@code getNow}, {@code resultNow}, {@code exceptionNow},
 * {@code isCompletedExceptionally}, {@code await}) or chained anything on it ({@code thenApply},
 * {@code whenComplete}, {@code handle}, {@code exceptionally}, {@code gather}, …: every dependent
 * stage). {@code isDone}, {@code state} and {@code toString} do not count. A session reports a
 * failure nobody observed.
 *
 * <p>Thread-safe.
 */
public final class SpawnedTask<T> extends CompletableFuture<T> {
    private static final AtomicLong IDS = new AtomicLong();

    private final long id;
    private final TaskObserver observer;
    private final long startNanos = System.nanoTime();
    private volatile Thread thread; // set before the thread starts, never changed
    private volatile boolean observed;
    private volatile String outcomeNote; // what replaced the task's own outcome (an ignored System.exit)
    private volatile Object awaiting; // what its thread awaits now (see Awaiting)
    private String name; // made when first asked for: not on the spawning thread's path

    private SpawnedTask(long id, TaskObserver observer) {
        this.id = id;
        this.observer = observer;
    }

    static <T> SpawnedTask<T> start(Thread.Builder builder, Runner runner, Callable<T> task) {
        TaskObserver observer = TaskContext.observer();
        SpawnedTask<T> future = new SpawnedTask<>(observer != null ? observer.nextId() : IDS.incrementAndGet(), observer);
        future.thread = builder.unstarted(() -> future.runTask(runner, task));
        if (observer != null) {
            observer.spawned(future);
        }
        future.thread.start();
        return future;
    }

    /**
     * Runs on the task's own thread, which it names first (rather than the spawning thread, whose
     * loop of spawns is what a burst of tasks waits for). The observer hears of the end before the
     * future completes: whoever sees it done knows it was told.
     */
    private void runTask(Runner runner, Callable<T> task) {
        thread.setName(name());
        T value;
        try {
            value = TaskContext.runTask(this, runner, task);
        } catch (Throwable t) {
            Throwable outcome = observer == null ? t : observer.failing(this, t);
            if (observer != null) {
                observer.ended(this, outcome);
            }
            completeExceptionally(outcome);
            return;
        }
        if (observer != null) {
            observer.ended(this, null);
        }
        complete(value);
    }

    /** The task's number in its session ({@code 3} for {@code Task-3}). */
    public long id() {
        return id;
    }

    /** {@code Task-3}. */
    public String name() {
        String made = name;
        if (made == null) {
            made = "Task-" + id; // a race makes the same string twice: harmless
            name = made;
        }
        return made;
    }

    /** What the task's thread awaits now ({@code await}, {@code for await}), or null. */
    public Object awaiting() {
        return awaiting;
    }

    void awaiting(Object awaited) {
        awaiting = awaited;
    }

    /** The thread that runs (or ran) the task. */
    public Thread thread() {
        return thread;
    }

    /** When the task was spawned, on the {@link System#nanoTime()} scale. */
    public long startNanos() {
        return startNanos;
    }

    /** How the cell that spawned it is named ({@code In[4]}), or null outside a session. */
    public String cellLabel() {
        return observer == null ? null : observer.cellLabel();
    }

    /** Whether anyone read its outcome or chained on it (see the class comment). */
    public boolean observed() {
        return observed;
    }

    /** Says why the task's outcome is not its own ({@code System.exit(9) ignored}); for the session. */
    public void outcomeNote(String note) {
        outcomeNote = note;
    }

    /** What {@link #outcomeNote(String)} said, or null. */
    public String outcomeNote() {
        return outcomeNote;
    }

    private void observe() {
        if (!observed) {
            observed = true;
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled && mayInterruptIfRunning) {
            thread.interrupt();
        }
        return cancelled;
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        observe();
        return super.get();
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        observe();
        return super.get(timeout, unit);
    }

    @Override
    public T join() {
        observe();
        return super.join();
    }

    @Override
    public T getNow(T valueIfAbsent) {
        observe();
        return super.getNow(valueIfAbsent);
    }

    @Override
    public T resultNow() {
        observe();
        return super.resultNow();
    }

    @Override
    public Throwable exceptionNow() {
        observe();
        return super.exceptionNow();
    }

    @Override
    public boolean isCompletedExceptionally() {
        observe();
        return super.isCompletedExceptionally();
    }

    /** Every dependent stage ({@code thenApply}, {@code whenComplete}, …) starts here: it observes. */
    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        observe();
        return new CompletableFuture<>();
    }

    /** {@code Task-3[pending, In[4]]}, {@code Task-3[done: 42]}, {@code Task-3[failed: IOException: boom]}. */
    @Override
    public String toString() {
        String label = cellLabel();
        State state = state();
        if (state != State.RUNNING && outcomeNote != null) {
            return name() + "[" + outcomeNote + "]";
        }
        return name() + "[" + switch (state) {
            case RUNNING -> "pending" + (label != null ? ", " + label : "");
            case SUCCESS -> "done: " + shortText(super.resultNow());
            case FAILED -> "failed: " + failureText(super.exceptionNow());
            case CANCELLED -> "cancelled";
        } + "]";
    }

    /** {@code IOException: boom}: the simple class name and the message. */
    public static String failureText(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String shortText(Object value) {
        String text = value instanceof String s ? '"' + s + '"' : String.valueOf(value);
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
