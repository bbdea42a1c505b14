package dev.jawait;

import dev.jawait.runtime.Runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Semantics §4: runners, %autoawait in every form, spawn/sleep/gather. */
class RunnersAndAutoawaitTest extends SessionFixture {

    private String autoawaitLine() {
        CellResult result = ok("%autoawait");
        assertEquals(1, result.notices().size());
        return result.notices().getFirst();
    }

    @Test
    void autoawaitReportsExactlyInIPythonsWords() {
        assertEquals("jawait autoawait is `on`, and set to use `virtual`", autoawaitLine());
    }

    @Test
    void onOffTrueFalseInAnyCaseToggleWithoutChangingTheRunner() {
        ok("%autoawait loop");
        ok("%autoawait OFF");
        assertEquals("jawait autoawait is `off`, and set to use `loop`", autoawaitLine());
        String error = compileError("await CompletableFuture.completedFuture(1)");
        assertTrue(error.contains("autoawait is off") && error.contains("%autoawait on"), error);
        ok("%autoawait True");
        assertEquals("jawait autoawait is `on`, and set to use `loop`", autoawaitLine());
        ok("%autoawait false");
        assertEquals("jawait autoawait is `off`, and set to use `loop`", autoawaitLine());
        ok("%autoawait on");
        assertEquals("1", value("await CompletableFuture.completedFuture(1)"));
    }

    @Test
    void aCommentAfterAMagicIsNotPartOfItsArguments() {
        ok("%autoawait loop          // or: on, off, true, false (any case)");
        assertEquals("jawait autoawait is `on`, and set to use `loop`", autoawaitLine());
        assertEquals("\"a // b\"", value("%time \"a // b\""));
    }

    @Test
    void awaitingAFutureOfVoidDisplaysNothing() {
        assertFalse(Results.hasValue(ok("await sleep(10)")));
    }

    @Test
    void choosingSyncTurnsAutoawaitOffAndRunsOnTheCallingThread() {
        ok("%autoawait sync");
        assertEquals("jawait autoawait is `off`, and set to use `sync`", autoawaitLine());
        ok("%autoawait on");
        String caller = Thread.currentThread().getName();
        assertEquals("\"" + caller + "\"",
                value("await CompletableFuture.completedFuture(0);\nThread.currentThread().getName()"));
    }

    @Test
    void cellsThatDoNotAwaitRunOnTheSessionsOwnVirtualThreadOneForAllCells() {
        // there blocking socket operations answer interrupts; what a cell leaves on it is there for the next
        assertEquals("true", value("await CompletableFuture.completedFuture(0);\nThread.currentThread().isVirtual()"));
        assertEquals("true", value("Thread.currentThread().isVirtual()"));
        String name = value("Thread.currentThread().getName()");
        assertTrue(name.startsWith("\"jawait-cells-"), name);
        ok("ThreadLocal<String> local = new ThreadLocal<>(); local.set(\"kept\");");
        ok("var lock = new java.util.concurrent.locks.ReentrantLock(); lock.lock();");
        assertEquals("\"kept\"", value("local.get()"));
        assertEquals("true", value("lock.isHeldByCurrentThread()"));
        assertEquals(name, value("Thread.currentThread().getName()"));
    }

    @Test
    void syncRunsCellsThatDoNotAwaitOnTheCallingThreadToo() {
        ok("%autoawait sync");
        assertEquals("\"" + Thread.currentThread().getName() + "\"", value("Thread.currentThread().getName()"));
    }

    @Test
    void virtualKeepsBackgroundWorkRunningBetweenCells() throws Exception {
        ok("var counter = new java.util.concurrent.atomic.AtomicInteger();");
        ok("var task = spawn(() -> { while (true) { counter.incrementAndGet(); await sleep(2); } });");
        int before = Integer.parseInt(value("counter.get()"));
        // a cell that does not await (it runs directly, not through the runner) waits for the task to move
        ok("while (counter.get() <= " + before + ") { Thread.onSpinWait(); }");
        assertTrue(Integer.parseInt(value("counter.get()")) > before, "the task ran while no cell awaited");
    }

    @Test
    void loopAdvancesBackgroundTasksOnlyWhileACellAwaits() throws Exception {
        ok("%autoawait loop");
        ok("var counter = new java.util.concurrent.atomic.AtomicInteger();");
        ok("var task = spawn(() -> { while (true) { counter.incrementAndGet(); await sleep(2); } });");
        String frozen = value("counter.get()");
        // 200 ms of a cell that does not await: many of the task's 2 ms sleeps come due, none may run
        ok("long until = System.nanoTime() + 200_000_000L; while (System.nanoTime() < until) { Thread.onSpinWait(); }");
        assertEquals(frozen, value("counter.get()"), "no cell awaited, so the task did not advance");
        ok("await sleep(100)");
        assertNotEquals(frozen, value("counter.get()"), "the task advanced while the cell awaited");
    }

    @Test
    void loopRunsTheCellAndItsTasksOnOneCarrierNeverInParallel() {
        ok("%autoawait loop");
        ok("var active = new java.util.concurrent.atomic.AtomicInteger(); var overlap = new java.util.concurrent.atomic.AtomicBoolean();");
        ok("Callable<Integer> work = () -> { for (int i = 0; i < 20; i++) { if (active.incrementAndGet() > 1) overlap.set(true);"
                + " long end = System.nanoTime() + 200_000; while (System.nanoTime() < end) { } active.decrementAndGet(); await sleep(1); } return 1; };");
        assertEquals("[1, 1, 1]", value("await gather(spawn(work), spawn(work), spawn(work))"));
        assertEquals("false", value("overlap.get()"));
    }

    @Test
    void aRunnerHeldInASessionVariable() {
        ok("Runner myRunner = cell -> { System.out.println(\"running asynchronous code\"); return Runner.virtual().run(cell); };");
        ok("%autoawait myRunner");
        assertEquals("jawait autoawait is `on`, and set to use `myRunner`", autoawaitLine());
        String out = stdoutOf(() -> ok("await sleep(100)"));
        assertEquals("running asynchronous code", out.strip());
        assertEquals("", stdoutOf(() -> ok("1 + 1")), "cells that do not await bypass the runner");
    }

    @Test
    void aRunnerNamedByClass() {
        int before = CountingRunner.CELLS.get();
        ok("%autoawait dev.jawait.CountingRunner");
        assertEquals("jawait autoawait is `on`, and set to use `dev.jawait.CountingRunner`", autoawaitLine());
        assertEquals("2", value("await CompletableFuture.completedFuture(2)"));
        assertEquals(before + 1, CountingRunner.CELLS.get());
    }

    @Test
    void unknownRunnersAndNonRunnersAreClearErrorsAndChangeNothing() {
        CellResult unknown = session.execute("%autoawait trio");
        assertEquals(CellStatus.FAILED, unknown.status());
        assertTrue(unknown.errorText().contains("Unknown runner `trio`"), unknown.errorText());
        ok("String notARunner = \"x\";");
        CellResult wrongType = session.execute("%autoawait notARunner");
        assertTrue(wrongType.errorText().contains("not a Runner"), wrongType.errorText());
        assertEquals("jawait autoawait is `on`, and set to use `virtual`", autoawaitLine());
    }

    @Test
    void theRunnerCanBeChosenWhenBuildingTheSession() {
        try (Session loop = Session.builder().runner("loop").build();
             Session off = Session.builder().autoawait(false).build()) {
            assertEquals("loop", loop.runnerName());
            assertTrue(loop.autoawait());
            assertFalse(off.autoawait());
        }
    }

    @Test
    void spawnSleepAndGatherAreAvailableInEverySession() {
        assertEquals("[1, 2, 3]", value("await gather(spawn(() -> 1), sleep(10).thenApply(v -> 2), spawn(() -> 3))"));
    }

    @Test
    void unknownMagicsNameCloseMatches() {
        CellResult result = session.execute("%autowait on");
        assertTrue(result.errorText().contains("%autoawait"), result.errorText());
    }
}
