package dev.jawait.cli;

import dev.jawait.kernel.KernelCommand;
import dev.jawait.repl.ReplCommand;
import java.util.Arrays;

/**
 * The {@code jawait} command: {@code jawait kernel …} goes to the Jupyter kernel, everything else
 * (the REPL, piped input, {@code jawait run}) to {@link ReplCommand}. This module only puts the
 * front ends and the optional modules (Maven dependencies, SQLite history, library adapters) on
 * one class path.
 *
 * <p>Not thread-safe; the process entry point.
 */
public final class Main {
    private Main() {}

    /** Runs the command with {@code args} (see {@code jawait --help}). */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length > 0 && args[0].equals("kernel")) {
            return KernelCommand.run(Arrays.copyOfRange(args, 1, args.length));
        }
        return ReplCommand.run(args);
    }
}
