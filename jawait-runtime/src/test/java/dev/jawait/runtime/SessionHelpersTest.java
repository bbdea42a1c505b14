package dev.jawait.runtime;

import static dev.jawait.runtime.Await.await;
import static dev.jawait.runtime.SessionHelpers.gather;
import static dev.jawait.runtime.SessionHelpers.sleep;
import static dev.jawait.runtime.SessionHelpers.spawn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@code spawn}, {@code sleep}, {@code gather} and the current runner. */
class SessionHelpersTest {

    @Test
    void spawnAcceptsValueAndVoidLambdas() {
        CompletableFuture<Integer> value = spawn(() -> {
            await(sleep(5));
            return 1;
        });
        CompletableFuture<Void> printing = spawn(() -> System.out.println("x"));
        CompletableFuture<Void> awaiting = spawn(() -> await(sleep(5))); // value-compatible: the Callable form
        CompletableFuture<Void> block = spawn(() -> {
            Thread.onSpinWait();
        });
        assertEquals(1, await(value));
        assertEquals(null, await(printing));
        assertEquals(null, await(awaiting));
        assertEquals(null, await(block));
    }

    @Test
    void spawnRunsOnAVirtualTaskThreadAndKeepsTheOriginalFailure() {
        Thread thread = await(spawn(Thread::currentThread));
        assertTrue(thread.isVirtual());
        assertTrue(thread.getName().matches("Task-\\d+"), thread.getName());

        var original = new IOException("task failed");
        var thrown = assertThrows(IOException.class, () -> await(spawn(() -> { throw original; })));
        assertSame(original, thrown);
    }

    @Test
    void cancellingASpawnedTaskInterruptsIt() throws Exception {
        var interrupted = new CountDownLatch(1);
        var started = new CountDownLatch(1);
        CompletableFuture<Object> task = spawn(() -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        task.cancel(true);
        assertTrue(interrupted.await(10, TimeUnit.SECONDS));
    }

    @Test
    void currentRunnerDefaultsToVirtualAndIsInheritedBySpawnedTasks() throws Exception {
        assertSame(Runner.virtual(), TaskContext.current());
        var seen = new AtomicReference<Runner>();
        Runner custom = new Runner() {
            @Override
            public Object run(dev.jawait.runtime.Cell cell) throws Exception {
                return cell.call();
            }

            @Override
            public String toString() {
                return "custom";
            }
        };
        TaskContext.runWith(custom, () -> {
            assertSame(custom, TaskContext.current());
            return await(spawn(() -> await(spawn(() -> {
                seen.set(TaskContext.current());
                return null;
            }))));
        });
        assertSame(custom, seen.get(), "a task spawned by a task sees the runner set around the code that started it");
        assertSame(Runner.virtual(), TaskContext.current(), "restored afterwards");
    }

    @Test
    void sleepCompletesLater() {
        long start = System.nanoTime();
        assertEquals(null, await(sleep(50)));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(50));
        assertTrue(sleep(Duration.ofMillis(-1)).isDone());
        assertTrue(sleep(0).isDone());
        var pending = sleep(Duration.ofDays(365_000_000)); // saturates instead of overflowing
        assertTrue(pending.cancel(true));
    }

    @Test
    void gatherKeepsTheOrderGivenNotTheOrderOfCompletion() {
        var slow = sleep(60).thenApply(v -> "slow");
        var fast = CompletableFuture.completedFuture("fast");
        var middle = sleep(20).thenApply(v -> "middle");
        List<String> results = await(gather(slow, fast, middle));
        assertEquals(List.of("slow", "fast", "middle"), results);

        List<Object> mixed = await(gather(List.of(spawn(() -> 1), sleep(1))));
        assertEquals(Arrays.asList(1, null), mixed);
        assertEquals(List.of(), await(gather()));
    }

    @Test
    void gatherFailsWithTheFirstFailuresOriginalException() {
        var original = new IOException("first");
        var never = new CompletableFuture<String>();
        CompletableFuture<String> failing = sleep(5).thenCompose(v -> CompletableFuture.failedFuture(original));
        var thrown = assertThrows(IOException.class, () -> await(gather(never, failing)));
        assertSame(original, thrown);
        never.cancel(true);
    }

    @Test
    void cancellingGatherCancelsItsFutures() {
        var a = new CompletableFuture<String>();
        var b = new CompletableFuture<String>();
        var all = gather(a, b);
        all.cancel(true);
        assertTrue(a.isCancelled() && b.isCancelled());
    }

    @Test
    void hundredThousandSpawnedSleepsAreCheap() {
        List<String> results = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            List<CompletableFuture<String>> tasks = new ArrayList<>();
            for (int i = 0; i < 100_000; i++) {
                int n = i;
                tasks.add(spawn(() -> {
                    await(sleep(10 + n % 50));
                    return "t" + n;
                }));
            }
            return await(gather(tasks));
        });
        assertEquals(100_000, results.size());
        assertEquals("t0", results.get(0));
        assertEquals("t99999", results.get(99_999));
    }

    @Test
    void awaitingASleepOnAVirtualThreadCompletesItNoEarlierThanDue() throws Exception {
        AtomicReference<CompletableFuture<Void>> delay = new AtomicReference<>();
        AtomicReference<Long> elapsed = new AtomicReference<>();
        Thread.ofVirtual().start(() -> {
            long start = System.nanoTime();
            delay.set(sleep(50));
            await(delay.get());
            elapsed.set(System.nanoTime() - start);
        }).join();
        assertTrue(delay.get().isDone() && !delay.get().isCompletedExceptionally());
        assertTrue(elapsed.get() >= TimeUnit.MILLISECONDS.toNanos(50), "returned after " + elapsed.get() + " ns");
    }

    @Test
    void interruptingAnAwaitedSleepOnAVirtualThreadCancelsIt() throws Exception {
        AtomicReference<CompletableFuture<Void>> delay = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        CountDownLatch waiting = new CountDownLatch(1);
        Thread thread = Thread.ofVirtual().start(() -> {
            delay.set(sleep(60_000));
            waiting.countDown();
            try {
                await(delay.get());
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        waiting.await();
        Thread.sleep(50);
        thread.interrupt();
        thread.join(5_000);
        assertTrue(thrown.get() instanceof InterruptedException, String.valueOf(thrown.get()));
        assertTrue(delay.get().isCancelled());
    }
}
