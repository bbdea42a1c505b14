package dev.jawait.cli;

import dev.jawait.CellResult;
import dev.jawait.Session;
import dev.jawait.analysis.Completeness;
import java.io.BufferedReader;
import java.io.IOException;

/**
 * The REPL when standard input is not a terminal: reads cells (a complete input ends a cell) and
 * runs them strictly one after another, printing what the interactive REPL prints minus prompts
 * and colours, output as it comes, errors on standard error.
 *
 * <p>Not thread-safe; one per process.
 */
final class PipedRepl {
    private final Session session;
    private final ResultPrinter printer;

    PipedRepl(Session session, ResultPrinter printer) {
        this.session = session;
        this.printer = printer;
    }

    /** Runs until end of input; the exit status is 1 if any cell failed, else 0. */
    int run(BufferedReader in) throws IOException {
        boolean anyFailed = false;
        StringBuilder cell = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            if (cell.isEmpty() && line.isBlank()) {
                continue;
            }
            if (cell.isEmpty() && isExitCommand(line)) {
                return anyFailed ? 1 : 0;
            }
            if (!cell.isEmpty()) {
                cell.append('\n');
            }
            cell.append(line);
            // asked as the terminal asks: the cell so far, without the newline of the line entered
            if (Session.completeness(cell.toString()) != Completeness.INCOMPLETE) {
                anyFailed |= !runCell(cell.toString());
                cell.setLength(0);
            }
        }
        if (!cell.toString().isBlank()) {
            anyFailed |= !runCell(cell.toString());
        }
        return anyFailed ? 1 : 0;
    }

    private boolean runCell(String source) {
        CellResult result = session.execute(stripFinalNewline(source));
        printer.print(result);
        return result.succeeded();
    }

    static boolean isExitCommand(String line) {
        String command = line.strip();
        return command.equals("/exit") || command.equals("exit") || command.equals("/exit;") || command.equals("exit;");
    }

    private static String stripFinalNewline(String source) {
        return source.endsWith("\n") ? source.substring(0, source.length() - 1) : source;
    }
}
