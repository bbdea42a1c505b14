package dev.jawait.kernel.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides which kernel log lines are written, so that a flood of one event (forged or replayed
 * messages, a subscriber that does not read) cannot grow the log without bound. Within each
 * window, at most {@code perKind} lines of one kind and {@code total} lines in all are written;
 * the rest are counted, and when the window is over one summary line says how many of each kind
 * were left out. Time is whatever clock the caller passes (nanoseconds), so tests need no waiting.
 *
 * <p>Thread-safe.
 */
final class LogLimiter {
    private final int perKind;
    private final int total;
    private final long windowNanos;
    private final Map<String, Integer> written = new LinkedHashMap<>();
    private final Map<String, Integer> suppressed = new LinkedHashMap<>();
    private long windowStart;
    private int writtenInWindow;
    private boolean started;

    LogLimiter(int perKind, int total, long windowNanos) {
        this.perKind = perKind;
        this.total = total;
        this.windowNanos = windowNanos;
    }

    /** Whether a line of {@code kind} may be written at {@code now}; if not, it is counted for the summary. */
    synchronized boolean admit(String kind, long now) {
        if (!started) {
            started = true;
            windowStart = now;
        }
        int ofKind = written.getOrDefault(kind, 0);
        if (ofKind >= perKind || writtenInWindow >= total) {
            suppressed.merge(kind, 1, Integer::sum);
            return false;
        }
        written.put(kind, ofKind + 1);
        writtenInWindow++;
        return true;
    }

    /** When the current window ends, in the caller's clock; meaningful once a line was admitted or counted. */
    synchronized long windowEnd() {
        return windowStart + windowNanos;
    }

    /** Whether lines were left out in the current window (a summary is due when it ends). */
    synchronized boolean hasSuppressed() {
        return !suppressed.isEmpty();
    }

    /**
     * Ends the window if it is over at {@code now}: returns the summary of what was left out in it
     * (null when nothing was), and starts a new window.
     */
    synchronized String rollOver(long now) {
        if (!started || now - windowStart < windowNanos) {
            return null;
        }
        return endWindow(now);
    }

    /** Ends the window now, whether it is over or not (at exit): the summary, or null when nothing was left out. */
    synchronized String endWindow(long now) {
        String summary = suppressed.isEmpty() ? null : summary(now);
        suppressed.clear();
        written.clear();
        writtenInWindow = 0;
        windowStart = now;
        return summary;
    }

    private String summary(long now) {
        int count = suppressed.values().stream().mapToInt(Integer::intValue).sum();
        String kinds = suppressed.entrySet().stream().limit(5)
                .map(e -> "\"" + e.getKey() + "\" x" + e.getValue()).collect(Collectors.joining(", "));
        String more = suppressed.size() > 5 ? " and " + (suppressed.size() - 5) + " other kinds" : "";
        return "left out " + count + " repeated log lines in the last " + (now - windowStart) / 1_000_000_000L + " s: "
                + kinds + more;
    }
}
