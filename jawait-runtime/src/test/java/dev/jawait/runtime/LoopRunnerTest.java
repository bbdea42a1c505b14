package dev.jawait.runtime;

import static dev.jawait.runtime.Await.await;
import static dev.jawait.runtime.SessionHelpers.gather;
import static dev.jawait.runtime.SessionHelpers.sleep;
import static dev.jawait.runtime.SessionHelpers.spawn;
import static dev.jawait.testing.TestCells.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.testing.Background;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The {@code loop} runner: one carrier, tasks advance only while a cell runs. */
class LoopRunnerTest {

    /** The carrier of the current virtual thread, from its toString(): "VirtualThread[#22,name]/runnable@carrier". */
    private static String carrierName() {
        String s = Thread.currentThread().toString();
        return s.substring(s.lastIndexOf('@') + 1);
    }

    @Test
    void cellAndSpawnedTasksShareTheCallersThreadAndNeverRunInParallel() throws Exception {
        Runner loop = Runner.loop();
        String caller = Thread.currentThread().getName();
        Set<String> carriers = ConcurrentHashMap.newKeySet();
        var active = new AtomicInteger();
        var maxActive = new AtomicInteger();

        Object results = loop.run(cell(() -> {
            assertTrue(Thread.currentThread().isVirtual());
            carriers.add(carrierName());
            List<CompletableFuture<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int id = t;
                tasks.add(spawn(() -> {
                    for (int step = 0; step < 10; step++) {
                        carriers.add(carrierName());
                        maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
                        long until = System.nanoTime() + 200_000; // busy, without parking
                        while (System.nanoTime() < until) {
                            Thread.onSpinWait();
                        }
                        active.decrementAndGet();
                        await(sleep(1));
                    }
                    return id;
                }));
            }
            return await(gather(tasks));
        }));

        assertEquals(List.of(0, 1, 2, 3), results);
        assertEquals(Set.of(caller), carriers, "every continuation ran on the thread that called run");
        assertEquals(1, maxActive.get(), "no two tasks ran at once");
    }

    @Test
    void backgroundTaskIsFrozenBetweenCellsAndAdvancesWhileACellAwaits() throws Exception {
        Runner loop = Runner.loop();
        var ticks = new AtomicInteger();
        var task = (CompletableFuture<?>) loop.run(cell(() -> spawn(() -> {
            while (true) {
                ticks.incrementAndGet();
                await(sleep(2));
            }
        })));
        try {
            int afterFirstCell = ticks.get();
            Thread.sleep(200);
            assertEquals(afterFirstCell, ticks.get(), "no progress between cells");

            loop.run(cell(() -> await(sleep(100))));
            int afterSecondCell = ticks.get();
            assertTrue(afterSecondCell > afterFirstCell + 3, "progress while the cell awaited: " + afterSecondCell);

            Thread.sleep(200);
            assertEquals(afterSecondCell, ticks.get(), "frozen again after the cell");
        } finally {
            task.cancel(true);
        }
    }

    @Test
    void blockingCallsParkInsteadOfFreezingTheLoop() throws Exception {
        Runner loop = Runner.loop();
        Object seen = loop.run(cell(() -> {
            var progress = new AtomicInteger();
            var task = spawn(() -> {
                for (int i = 0; i < 3; i++) {
                    progress.incrementAndGet();
                    Thread.sleep(5); // a plain blocking call
                }
                return null;
            });
            Thread.sleep(200); // the cell blocks; the loop runs the task meanwhile
            int during = progress.get();
            await(task);
            return during;
        }));
        assertEquals(3, seen);
    }

    @Test
    void spawnOutsideACellWaitsForTheNextCell() throws Exception {
        Runner loop = Runner.loop();
        var ran = new AtomicReference<String>();
        CompletableFuture<String> task = loop.spawn(() -> {
            ran.set(carrierName());
            return "ran";
        });
        Thread.sleep(100);
        assertEquals(null, ran.get());
        assertEquals("ran", loop.run(cell(() -> await(task))));
        assertEquals(Thread.currentThread().getName(), ran.get());
    }

    @Test
    void cellsSeeTheLoopAsTheirCurrentRunner() throws Exception {
        Runner loop = Runner.loop();
        assertSame(loop, loop.run(cell(TaskContext::current)));
    }

    @Test
    void interruptingTheCellThreadStopsItsAwait() throws Exception {
        var pending = new CompletableFuture<String>();
        var cell = new AwaitingCell(pending);
        cell.thread.interrupt();
        assertInstanceOf(InterruptedException.class, cell.caller.failure());
        assertTrue(pending.isCancelled());
    }

    @Test
    void interruptingTheCallerWhileTheLoopWaitsIsForwardedToTheCell() throws Exception {
        var pending = new CompletableFuture<String>();
        var cell = new AwaitingCell(pending);
        cell.caller.awaitParked().thread.interrupt();
        assertInstanceOf(InterruptedException.class, cell.caller.failure());
        assertTrue(pending.isCancelled());
    }

    /** A cell on the loop runner, called from a platform thread, parked in {@code await(pending)}. */
    private static final class AwaitingCell {
        final Background caller;
        final Thread thread;

        AwaitingCell(CompletableFuture<String> pending) throws Exception {
            var cellThread = new CompletableFuture<Thread>();
            Runner loop = Runner.loop();
            caller = Background.platform(() -> loop.run(cell(() -> {
                cellThread.complete(Thread.currentThread());
                return await(pending);
            })));
            thread = cellThread.get();
            Background.awaitParked(thread);
        }
    }

    @Test
    void canBeRunFromAVirtualThread() throws Exception {
        Runner loop = Runner.loop();
        var caller = Background.virtual(() -> loop.run(cell(() -> {
            await(sleep(5));
            return carrierName();
        })));
        assertEquals("jawait-loop-carrier", caller.value());
    }

    @Test
    void isNotReentrant() throws Exception {
        Runner loop = Runner.loop();
        var thrown = assertThrows(IllegalStateException.class, () -> loop.run(cell(() -> loop.run(cell(() -> 1)))));
        assertTrue(thrown.getMessage().contains("one cell at a time"), thrown.getMessage());
        assertEquals(2, loop.run(cell(() -> 2)), "still usable afterwards");
    }
}
