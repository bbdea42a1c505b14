package dev.jawait.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Helpers that every session imports ({@code import static dev.jawait.runtime.SessionHelpers.*;}):
 *
 * <pre>{@code
 * var a = spawn(() -> { await sleep(100); return 1; });
 * var b = spawn(() -> System.out.println("hello from the background"));
 * List<Object> both = await gather(a, b);     // [1, null]
 * display(image);                            // rich output in Jupyter, text elsewhere
 * }</pre>
 *
 * <p>{@code spawn(() -> expression)} with a value picks the {@code Callable} form (as
 * {@code ExecutorService.submit} does); a {@code void} expression or block picks the
 * {@code Runnable} form. Thread-safety: stateless; every method may be called from any thread.
 */
public final class SessionHelpers {

    private SessionHelpers() {}

    /**
     * Starts {@code task} as a background task on the {@linkplain TaskContext#current() current
     * runner} and returns its future. Cancelling the future ({@code cancel(true)}) interrupts the
     * task; a failure completes it exceptionally with the original exception.
     */
    public static <T> CompletableFuture<T> spawn(Callable<T> task) {
        return TaskContext.current().spawn(task);
    }

    /** Starts {@code task} as a background task on the current runner; see {@link #spawn(Callable)}. */
    public static CompletableFuture<Void> spawn(Runnable task) {
        return TaskContext.current().spawn(() -> {
            task.run();
            return null;
        });
    }

    /**
     * A future completed (with {@code null}) {@code millis} milliseconds from now; already
     * complete when {@code millis <= 0}. No thread is held while it is pending, and cancelling
     * it discards the timer entry.
     */
    public static CompletableFuture<Void> sleep(long millis) {
        return Delays.after(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    /** A future completed {@code duration} from now; see {@link #sleep(long)}. */
    public static CompletableFuture<Void> sleep(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return Delays.after(0);
        }
        long nanos;
        try {
            nanos = duration.toNanos();
        } catch (ArithmeticException tooLong) {
            nanos = Long.MAX_VALUE;
        }
        return Delays.after(nanos);
    }

    /**
     * Shows {@code value} below the running cell: in Jupyter as a rich MIME bundle (text, HTML,
     * an image), elsewhere as its text. Returns nothing, so {@code display(x)} as the last line of
     * a cell does not show {@code x} twice.
     */
    public static void display(Object value) {
        Display.sink().display(value, null, false);
    }

    /** Shows {@code value} under {@code displayId}, so that {@link #updateDisplay} can replace it later. */
    public static void display(Object value, String displayId) {
        Display.sink().display(value, Objects.requireNonNull(displayId, "displayId"), false);
    }

    /** Replaces the output shown earlier with {@code display(value, displayId)}, wherever it is. */
    public static void updateDisplay(Object value, String displayId) {
        Display.sink().display(value, Objects.requireNonNull(displayId, "displayId"), true);
    }

    /** Clears the running cell's output now. */
    public static void clearOutput() {
        Display.sink().clearOutput(false);
    }

    /** Clears the running cell's output; with {@code wait}, only when new output replaces it. */
    public static void clearOutput(boolean wait) {
        Display.sink().clearOutput(wait);
    }

    /**
     * A future of all results, in the order given. It fails as soon as any stage fails, with
     * that failure's original exception; cancelling it cancels the stages that are futures.
     */
    @SafeVarargs
    public static <T> CompletableFuture<List<T>> gather(CompletionStage<? extends T>... stages) {
        List<CompletionStage<? extends T>> list = new ArrayList<>(stages.length);
        for (CompletionStage<? extends T> stage : stages) {
            list.add(Objects.requireNonNull(stage, "gather: a stage is null"));
        }
        return Gather.all(list);
    }

    /** {@link #gather(CompletionStage[])} for a collection, in its iteration order. */
    public static <T> CompletableFuture<List<T>> gather(Collection<? extends CompletionStage<? extends T>> stages) {
        return Gather.all(List.copyOf(stages));
    }

    /** The session's working directory ({@code %cd} changes it; the JVM's own never changes). */
    public static java.nio.file.Path cwd() {
        return SessionEnvironment.current().directory();
    }

    /** The environment processes started with {@link #process} get: the JVM's, with {@code %env NAME=VALUE} on top. */
    public static java.util.Map<String, String> env() {
        return SessionEnvironment.current().variables();
    }

    /** A {@code ProcessBuilder} for {@code command} in {@link #cwd()}, with {@link #env()}: {@code process("ls").inheritIO().start()}. */
    public static ProcessBuilder process(String... command) {
        return SessionEnvironment.current().processBuilder(command);
    }
}
