package dev.jawait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** What a parked await is waiting for can be seen, and waited for. */
class AwaitingTest {

    @Test
    void aParkedAwaitIsVisibleWithWhatItAwaitsUntilItResumes() throws Exception {
        CompletableFuture<String> pending = new CompletableFuture<>();
        Thread waiter = Thread.ofVirtual().start(() -> Await.await(pending));
        assertTrue(Awaiting.waitFor(now -> now.containsKey(waiter), Duration.ofSeconds(30)), "the thread parked");
        assertSame(pending, Awaiting.now().get(waiter));
        pending.complete("done");
        waiter.join();
        assertFalse(Awaiting.now().containsKey(waiter), "it resumed");
    }

    @Test
    void aFinishedFutureNeverParks() {
        assertEquals("x", Await.await(CompletableFuture.completedFuture("x")));
        assertFalse(Awaiting.now().containsKey(Thread.currentThread()));
    }
}
