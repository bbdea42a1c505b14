package dev.jawait.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DigestHistoryTest {
    private static String hex(long value) {
        return HexFormat.of().toHexDigits(value) + "0".repeat(48);
    }

    @Test
    void aSignatureSeenBeforeIsRefused() {
        DigestHistory history = new DigestHistory(4);
        assertTrue(history.add(hex(1)));
        assertTrue(history.add(hex(2)));
        assertFalse(history.add(hex(1)));
        assertEquals(2, history.size());
    }

    @Test
    void whenFullTheOldestIsForgotten() {
        DigestHistory history = new DigestHistory(3);
        for (long i = 1; i <= 4; i++) {
            assertTrue(history.add(hex(i)));
        }
        assertEquals(3, history.size());
        assertFalse(history.add(hex(2)));
        assertFalse(history.add(hex(4)));
        assertTrue(history.add(hex(1)), "the oldest was forgotten");
    }

    @Test
    void behavesAsAFirstInFirstOutSetUnderChurn() {
        // fingerprints from a small range, so that probe chains collide, wrap and are cut by removals
        int capacity = 500;
        DigestHistory history = new DigestHistory(capacity);
        ArrayDeque<Long> order = new ArrayDeque<>();
        Set<Long> model = new HashSet<>();
        Random random = new Random(12);
        for (int i = 0; i < 200_000; i++) {
            long value = 1 + random.nextInt(1500) * 0x1_0000_0001L;
            boolean fresh = !model.contains(value);
            assertEquals(fresh, history.add(hex(value)), "at step " + i);
            if (fresh) {
                order.addLast(value);
                model.add(value);
                if (order.size() > capacity) {
                    model.remove(order.removeFirst());
                }
            }
        }
        assertEquals(model.size(), history.size());
    }
}
