package dev.jawait.magic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Durations print as IPython's {@code _format_time} prints them. */
class TimeFormatTest {
    @Test
    void threeSignificantDigitsInTheLargestUnitAboveOne() {
        assertEquals("201 ms", TimeFormat.format(0.201));
        assertEquals("4.1 µs", TimeFormat.format(4.1e-6));
        assertEquals("52 ns", TimeFormat.format(52e-9));
        assertEquals("1.5 s", TimeFormat.format(1.5));
        assertEquals("12.3 ms", TimeFormat.format(0.012345));
        assertEquals("0 ns", TimeFormat.format(0));
        assertEquals("1min 5s", TimeFormat.format(65.2));
    }
}
