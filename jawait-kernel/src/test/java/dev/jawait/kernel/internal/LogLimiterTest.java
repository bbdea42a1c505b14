package dev.jawait.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogLimiterTest {
    private static final long SECOND = 1_000_000_000L;
    private final LogLimiter limiter = new LogLimiter(3, 5, 60 * SECOND);

    @Test
    void aFloodOfOneKindIsCutAfterItsShareAndSummarisedWhenTheWindowEnds() {
        long written = IntStream.range(0, 1000).filter(i -> limiter.admit("forged", i)).count();
        assertEquals(3, written);
        assertTrue(limiter.admit("other", 1000), "another kind still gets through");
        assertNull(limiter.rollOver(59 * SECOND), "the window is not over");
        String summary = limiter.rollOver(60 * SECOND);
        assertEquals("left out 997 repeated log lines in the last 60 s: \"forged\" x997", summary);
        assertTrue(limiter.admit("forged", 61 * SECOND), "a new window");
        assertNull(limiter.rollOver(121 * SECOND), "nothing was left out");
    }

    @Test
    void manyKindsTogetherAreCutAtTheTotal() {
        long written = IntStream.range(0, 100).filter(i -> limiter.admit("kind " + i, i)).count();
        assertEquals(5, written);
        assertTrue(limiter.hasSuppressed());
        assertTrue(limiter.rollOver(60 * SECOND).endsWith("and 90 other kinds"));
        assertFalse(limiter.hasSuppressed());
    }

    @Test
    void atExitTheWindowEndsEarlyWithItsSummary() {
        IntStream.range(0, 10).forEach(i -> limiter.admit("dropped at shutdown", i * SECOND));
        assertEquals("left out 7 repeated log lines in the last 12 s: \"dropped at shutdown\" x7",
                limiter.endWindow(12 * SECOND));
        assertNull(limiter.endWindow(13 * SECOND));
    }

    @Test
    void aLineIsCountedUnderItsTextUpToTheFirstColonAndLongLinesAreCut() {
        assertEquals("WARN dropped a message with an invalid signature",
                KernelLog.kindOf("WARN", "dropped a message with an invalid signature: on shell"));
        assertEquals("INFO no colon here", KernelLog.kindOf("INFO", "no colon here"));
        String cut = KernelLog.cut("x".repeat(KernelLog.MAX_CHARS + 7));
        assertTrue(cut.endsWith("… (7 more characters)"));
        assertEquals(KernelLog.MAX_CHARS + "… (7 more characters)".length(), cut.length());
    }
}
