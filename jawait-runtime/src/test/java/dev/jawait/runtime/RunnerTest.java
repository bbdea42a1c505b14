package dev.jawait.runtime;

import static dev.jawait.runtime.Await.await;
import static dev.jawait.runtime.SessionHelpers.sleep;
import static dev.jawait.runtime.SessionHelpers.spawn;
import static dev.jawait.testing.TestCells.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.testing.Background;
import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The {@code virtual} and {@code sync} runners and user-written runners. */
class RunnerTest {

    @Test
    void builtInsAreNamed() {
        assertEquals("virtual", Runner.virtual().toString());
        assertEquals("sync", Runner.sync().toString());
        assertEquals("loop", Runner.loop().toString());
    }

    @Test
    void virtualRunsTheCellOnAFreshVirtualThread() throws Exception {
        Thread caller = Thread.currentThread();
        Thread cellThread = (Thread) Runner.virtual().run(cell(Thread::currentThread));
        assertNotSame(caller, cellThread);
        assertTrue(cellThread.isVirtual());
        assertTrue(cellThread.getName().matches("jawait-cell-\\d+"), cellThread.getName());
        assertEquals("awaited", Runner.virtual().run(cell(() -> await(CompletableFuture.supplyAsync(() -> "awaited")))));
    }

    @Test
    void syncRunsTheCellOnTheCallingThread() throws Exception {
        assertSame(Thread.currentThread(), Runner.sync().run(cell(Thread::currentThread)));
        assertEquals("slept", Runner.sync().run(cell(() -> {
            await(sleep(10));
            return "slept";
        })));
    }

    @Test
    void exceptionsFromTheCellPropagateUnchanged() {
        var checked = new IOException("from the cell");
        var error = new AssertionError("an error");
        for (Runner runner : new Runner[] {Runner.virtual(), Runner.sync(), Runner.loop()}) {
            assertSame(checked, assertThrows(IOException.class, () -> runner.run(cell(() -> { throw checked; }))), runner.toString());
            assertSame(error, assertThrows(AssertionError.class, () -> runner.run(cell(() -> { throw error; }))), runner.toString());
        }
    }

    @Test
    void virtualKeepsBackgroundTasksRunningBetweenCells() throws Exception {
        var ticks = new java.util.concurrent.Semaphore(0);
        var task = (CompletableFuture<?>) TaskContext.runWith(Runner.virtual(), () -> Runner.virtual().run(cell(() -> spawn(() -> {
            while (true) {
                ticks.release();
                await(sleep(2));
            }
        }))));
        try {
            ticks.drainPermits(); // the cell has ended: from now on, only ticks between cells count
            assertTrue(ticks.tryAcquire(5, 10, TimeUnit.SECONDS), "the background task did not advance between cells");
        } finally {
            task.cancel(true);
        }
    }

    @Test
    void virtualForwardsAnInterruptOfTheCallerToTheCell() throws Exception {
        var pending = new CompletableFuture<String>();
        var cellThread = new AtomicReference<Thread>();
        var caller = Background.platform(() -> Runner.virtual().run(cell(() -> {
            cellThread.set(Thread.currentThread());
            return await(pending);
        })));
        while (cellThread.get() == null) {
            Thread.sleep(1);
        }
        Background.awaitParked(cellThread.get());
        caller.thread.interrupt();
        assertInstanceOf(InterruptedException.class, caller.failure());
        assertTrue(pending.isCancelled(), "the awaited future is cancelled");
    }

    @Test
    void aUserRunnerCanWrapABuiltIn() throws Exception {
        var out = new ByteArrayOutputStream();
        var print = new PrintStream(out, true);
        Runner myRunner = cell -> { print.println("running asynchronous code"); return Runner.virtual().run(cell); };
        assertEquals(null, myRunner.run(cell(() -> await(sleep(10)))));
        assertEquals("running asynchronous code" + System.lineSeparator(), out.toString());
        assertEquals(42, myRunner.spawn(() -> 42).get(10, TimeUnit.SECONDS));
    }
}
