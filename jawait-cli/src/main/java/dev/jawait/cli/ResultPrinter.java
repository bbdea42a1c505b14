package dev.jawait.cli;

import dev.jawait.CellResult;
import java.io.PrintStream;

/**
 * Prints a {@link CellResult} the way every text front end shows it: notices and
 * {@code Out[N]: value} on standard output, errors on standard error.
 *
 * <p>Thread-safe as far as the streams are.
 */
final class ResultPrinter {
    private final PrintStream out;
    private final PrintStream err;

    ResultPrinter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void print(CellResult result) {
        out.flush();
        for (String notice : result.notices()) {
            out.println(notice);
        }
        if (result.hasValue()) {
            out.println("Out[" + result.executionCount() + "]: " + result.valueText());
        }
        out.flush();
        String error = result.errorText();
        if (!error.isEmpty()) {
            err.println(error);
            err.flush();
        }
    }
}
