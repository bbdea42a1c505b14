package dev.jawait.kernel.internal;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * The kernel's own log: one line per event on the process's original standard error (what
 * Jupyter shows in its server log), never on the channels users see.
 *
 * <p>Thread-safe.
 */
public final class KernelLog {
    private static volatile PrintStream out = System.err;

    private KernelLog() {}

    /** Where log lines go (captured before cells get their own System.err). */
    public static void to(PrintStream stream) {
        out = stream;
    }

    public static void info(String message) {
        line("INFO", message);
    }

    public static void warn(String message) {
        line("WARN", message);
    }

    private static void line(String level, String message) {
        out.println("[jawait-kernel " + LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " " + level + "] " + message);
        out.flush();
    }
}
