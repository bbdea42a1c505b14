package dev.jawait.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The abandonment rule, with times passed in. */
class ConnectionWatchTest {
    private final ConnectionWatch watch = new ConnectionWatch(100, () -> false, () -> { });

    @Test
    void aKernelNobodyConnectedToIsNeverAbandoned() {
        assertFalse(watch.abandoned(Long.MAX_VALUE / 2));
    }

    @Test
    void abandonedOnceTheLastClientHasBeenGoneForTheGracePeriod() {
        watch.connected();
        watch.connected();
        watch.disconnected(1_000);
        assertFalse(watch.abandoned(5_000), "one client is still connected");
        watch.disconnected(6_000);
        assertFalse(watch.abandoned(6_099));
        assertTrue(watch.abandoned(6_100));
    }

    @Test
    void aClientComingBackInTimeKeepsTheKernel() {
        watch.connected();
        watch.disconnected(0);
        watch.connected();
        assertFalse(watch.abandoned(1_000));
        watch.disconnected(2_000);
        assertFalse(watch.abandoned(2_050), "the grace period starts again");
        assertTrue(watch.abandoned(2_100));
    }

    @Test
    void theGracePeriodComesFromTheEnvironment() {
        assertEquals(ConnectionWatch.DEFAULT_GRACE_SECONDS, ConnectionWatch.graceSeconds(Map.of()));
        assertEquals(5, ConnectionWatch.graceSeconds(Map.of(ConnectionWatch.VARIABLE, "5")));
        assertEquals(0, ConnectionWatch.graceSeconds(Map.of(ConnectionWatch.VARIABLE, "0")));
        assertEquals(ConnectionWatch.DEFAULT_GRACE_SECONDS,
                ConnectionWatch.graceSeconds(Map.of(ConnectionWatch.VARIABLE, "soon")));
    }
}
