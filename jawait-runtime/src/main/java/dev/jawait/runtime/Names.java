package dev.jawait.runtime;

import java.util.concurrent.atomic.AtomicLong;

/** Thread names for cells, numbered across the JVM. Thread-safe. */
final class Names {

    private static final AtomicLong CELLS = new AtomicLong();

    private Names() {}

    static String cell() {
        return "jawait-cell-" + CELLS.incrementAndGet();
    }
}
