package dev.jawait.repl;

import dev.jawait.repl.internal.Embedded;
import java.util.Map;

/**
 * Opens a jawait REPL inside a running Java program, as IPython's {@code embed()} does
 * ({@code dev.jawait.repl.Jawait.embed()}, from the jawait-repl module, which brings neither the
 * Jupyter kernel nor Maven resolution into the program):
 * {@code Jawait.embed()} on the calling thread, with the program's class path, returning when the
 * user leaves ({@code exit}, {@code /exit}, Ctrl-D). The runner is {@code sync} (autoawait off,
 * as in IPython); {@code %autoawait virtual} turns awaiting on. It works from any thread,
 * including a virtual thread and while the program's own asynchronous work goes on, and it
 * nests (an {@code embed()} typed at an embedded prompt opens an inner REPL).
 *
 * <p>On a terminal it is the full terminal REPL; with standard input not a terminal it reads
 * cells from it, as a piped {@code jawait} does.
 *
 * <p>Thread-safe: each call has its own session; nested calls share the input.
 */
public final class Jawait {
    private Jawait() {}

    /** Opens the REPL here and returns when the user leaves it. */
    public static void embed() {
        embed(Map.of());
    }

    /**
     * Opens the REPL with {@code bindings} as session variables (each typed as the value's most
     * specific public class or interface), e.g. {@code Jawait.embed(Map.of("orders", orders))}.
     */
    public static void embed(Map<String, ?> bindings) {
        Embedded.run(bindings);
    }
}
