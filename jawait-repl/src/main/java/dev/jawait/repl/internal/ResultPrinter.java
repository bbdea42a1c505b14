package dev.jawait.repl.internal;

import dev.jawait.CellResult;
import java.io.PrintStream;

/**
 * Prints a {@link CellResult} the way every text front end shows it: notices, a help page and
 * {@code Out[N]: value} on standard output, errors on standard error.
 *
 * <p>Thread-safe as far as the streams are.
 */
public final class ResultPrinter {
    private final PrintStream out;
    private final PrintStream err;

    public ResultPrinter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public void print(CellResult result) {
        out.flush();
        for (String notice : result.notices()) {
            out.println(notice);
        }
        result.page().ifPresent(out::println);
        if (result instanceof CellResult.Value value) {
            out.println("Out[" + value.executionCount() + "]: " + value.text());
        }
        out.flush();
        String error = result.errorText();
        if (!error.isEmpty()) {
            err.println(error);
            err.flush();
        }
    }
}
