package dev.jawait.kernel.internal;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

/**
 * The kernel's own log: one line per event on the process's original standard error (what
 * Jupyter shows in its server log), never on the channels users see.
 *
 * <p>Bounded: a line's kind is its text up to the first colon (the fixed part the kernel writes
 * before the details), and per minute at most {@value #PER_KIND} lines of one kind and
 * {@value #TOTAL} lines in all are written; what is left out is counted and summarised in one line
 * when the minute is over. A line longer than {@value #MAX_CHARS} characters is cut, saying so.
 *
 * <p>Thread-safe.
 */
public final class KernelLog {
    static final int PER_KIND = 10;
    static final int TOTAL = 100;
    static final int MAX_CHARS = 2_000;
    private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private static volatile PrintStream out = System.err;
    private static final LogLimiter LIMITER = new LogLimiter(PER_KIND, TOTAL, WINDOW_NANOS);
    private static Thread summariser;

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

    /** The kind a line is counted under: its text up to the first colon, at most 80 characters. */
    static String kindOf(String level, String message) {
        int colon = message.indexOf(':');
        String head = colon < 0 ? message : message.substring(0, colon);
        return level + " " + (head.length() > 80 ? head.substring(0, 80) : head);
    }

    /** {@code message} cut to {@value #MAX_CHARS} characters, saying how many were cut. */
    static String cut(String message) {
        if (message.length() <= MAX_CHARS) {
            return message;
        }
        return message.substring(0, MAX_CHARS) + "… (" + (message.length() - MAX_CHARS) + " more characters)";
    }

    private static void line(String level, String message) {
        long now = System.nanoTime();
        String summary = LIMITER.rollOver(now);
        if (summary != null) {
            write("WARN", summary);
        }
        if (LIMITER.admit(kindOf(level, message), now)) {
            write(level, cut(message));
        } else {
            summariseLater();
        }
    }

    /** Writes the summary of what was left out so far (at shutdown: the window will not end in this process). */
    public static void flush() {
        String summary = LIMITER.endWindow(System.nanoTime());
        if (summary != null) {
            write("WARN", summary);
        }
    }

    private static void write(String level, String message) {
        PrintStream stream = out;
        stream.println("[jawait-kernel " + LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " " + level + "] " + message);
        stream.flush();
    }

    /** Makes sure the summary of left-out lines is written when the window ends, even if nothing else is logged. */
    private static synchronized void summariseLater() {
        if (summariser == null) {
            summariser = Thread.ofPlatform().daemon().name("jawait-log-summary").start(KernelLog::summarise);
        }
    }

    private static void summarise() {
        try {
            while (true) {
                long wait = LIMITER.windowEnd() - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                String summary = LIMITER.rollOver(System.nanoTime());
                if (summary != null) {
                    write("WARN", summary);
                }
                synchronized (KernelLog.class) {
                    if (!LIMITER.hasSuppressed()) {
                        summariser = null;
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
