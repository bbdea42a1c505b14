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

    @Test
    void aSpawnedTaskKeepsWhatItAwaitsOnItselfAndAThreadItStartsDoesNot() throws Exception {
        CompletableFuture<String> pending = new CompletableFuture<>();
        CompletableFuture<String> inner = new CompletableFuture<>();
        var started = new CompletableFuture<Thread>();
        SpawnedTask<String> task = (SpawnedTask<String>) SessionHelpers.spawn(() -> {
            started.complete(Thread.ofVirtual().start(() -> Await.await(inner))); // not the task's own thread
            return Await.await(pending);
        });
        assertTrue(Awaiting.waitUntil(() -> task.awaiting() == pending, Duration.ofSeconds(30)), "the task awaits");
        assertFalse(Awaiting.now().containsKey(task.thread()), "kept on the task, not in the shared map");
        Thread other = started.join();
        assertTrue(Awaiting.waitFor(now -> now.get(other) == inner, Duration.ofSeconds(30)), "the other thread is in the map");
        pending.complete("done");
        inner.complete("done");
        assertEquals("done", Await.await(task));
        assertEquals(null, task.awaiting(), "it resumed");
        other.join();
    }

    @Test
    void aDelayThatVirtualThreadsAwaitIsCompletedByThemNeverByTheTimerThread() throws Exception {
        int count = 50;
        long due = System.nanoTime() + Duration.ofMillis(100).toNanos();
        var completers = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        var threads = new java.util.ArrayList<Thread>();
        for (int i = 0; i < count; i++) {
            CompletableFuture<Void> delay = SessionHelpers.sleep(Duration.ofNanos(Math.max(1, due - System.nanoTime())));
            delay.whenComplete((v, e) -> completers.add(Thread.currentThread().isVirtual() ? "awaiting thread" : Thread.currentThread().getName()));
            threads.add(Thread.ofVirtual().start(() -> Await.await(delay)));
        }
        assertTrue(Awaiting.waitFor(now -> now.keySet().containsAll(threads), Duration.ofSeconds(30)), "all sleep");
        // keep every carrier busy past the deadline: the awaiting threads wake late, the timer thread on time
        long busyUntil = due + Duration.ofMillis(50).toNanos();
        var spinners = new java.util.ArrayList<Thread>();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            spinners.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < busyUntil) {
                    Thread.onSpinWait();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (Thread spinner : spinners) {
            spinner.join();
        }
        assertEquals(count, completers.size());
        assertEquals(java.util.Set.of("awaiting thread"), java.util.Set.copyOf(completers),
                "the timer never fires a delay that a thread sleeps on (it would complete it on the common pool)");
    }
}
