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
     * an image, what renderers add), elsewhere as its text. A {@code Map} whose keys are all MIME
     * types is a raw bundle: {@code display(Map.of("text/html", "<b>x</b>", "text/plain", "x"))}.
     * Returns the display id, for {@link #updateDisplay(String, Object)}; a cell whose last line
     * is {@code display(x)} shows the display, not the id.
     */
    public static String display(Object value) {
        return RichDisplay.display(value);
    }

    /**
     * Two meanings, told apart by the second argument. A MIME type ({@code type/subtype}, e.g.
     * {@code "text/html"}) is JJava's and IJava's {@code display(value, mimeTypes...)}: a string
     * value is the content of that type ({@code display("<b>bold</b>", "text/html")}), another
     * value is rendered as that type only. Anything else is a display id of your choosing, for
     * {@code updateDisplay(id, value)}. Returns the display id.
     */
    public static String display(Object value, String mimeTypeOrDisplayId) {
        return RichDisplay.display(value, mimeTypeOrDisplayId);
    }

    /** JJava's {@code display(value, mimeTypes...)}: shows {@code value} as the given types (and text); returns the display id. */
    public static String display(Object value, String... mimeTypes) {
        return RichDisplay.display(value, mimeTypes);
    }

    /** Replaces the output shown earlier under {@code displayId} (JJava's order), wherever it is. */
    public static void updateDisplay(String displayId, Object value) {
        RichDisplay.update(displayId, value);
    }

    /** {@link #updateDisplay(String, Object)} as the given MIME types (JJava's). */
    public static void updateDisplay(String displayId, Object value, String... mimeTypes) {
        RichDisplay.update(displayId, value, mimeTypes);
    }

    /** jawait's earlier order, kept: replaces the output shown under {@code displayId} with {@code value}. */
    public static void updateDisplay(Object value, String displayId) {
        RichDisplay.update(displayId, value);
    }

    /**
     * Two strings: the id is the first (JJava's order) unless only the second is an id shown
     * before (jawait's earlier order, {@code updateDisplay("new text", "progress")}).
     */
    public static void updateDisplay(String first, String second) {
        RichDisplay.updateEitherOrder(first, second);
    }

    /** JJava's {@code render}: every representation of {@code value}, not shown; display it or make it a cell's value. */
    public static MimeBundle render(Object value) {
        return RichDisplay.render(value);
    }

    /** JJava's {@code render(value, mimeTypes...)}: {@code value} as those types (and text); a string is their content. */
    public static MimeBundle render(Object value, String... mimeTypes) {
        return RichDisplay.render(value, mimeTypes);
    }

    /** {@code html} as {@code text/html} (its source is the text elsewhere). */
    public static MimeBundle html(CharSequence html) {
        return RichDisplay.text("text/html", html, null);
    }

    /** {@code markdown} as {@code text/markdown}. */
    public static MimeBundle markdown(CharSequence markdown) {
        return RichDisplay.text("text/markdown", markdown, null);
    }

    /** An SVG document as {@code image/svg+xml} ({@code [image/svg+xml]} elsewhere). */
    public static MimeBundle svg(CharSequence svg) {
        return RichDisplay.text("image/svg+xml", svg, "[image/svg+xml]");
    }

    /** LaTeX ({@code $x^2$}) as {@code text/latex}. */
    public static MimeBundle latex(CharSequence latex) {
        return RichDisplay.text("text/latex", latex, null);
    }

    /** JSON text, or a value Jackson can write (a map, a list, a {@code JsonNode}), as {@code application/json}: a tree in Jupyter. */
    public static MimeBundle json(Object json) {
        return RichDisplay.json(json);
    }

    /** A PNG, JPEG, GIF or SVG image from its bytes. */
    public static MimeBundle image(byte[] bytes) {
        return RichDisplay.image(bytes);
    }

    /** An image file (relative to {@link #cwd()}). */
    public static MimeBundle image(java.nio.file.Path file) {
        return RichDisplay.image(file);
    }

    /** An image read from {@code url}. */
    public static MimeBundle image(java.net.URL url) {
        return RichDisplay.image(url);
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
