package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Semantics §5 and §9: an interrupt stops whatever the cell does, cancels what it awaits, leaves
 * no zombie, and always wins. No test sleeps to let a cell get somewhere: each cell counts down
 * {@code reached} when it gets to the code under test, and a cell that must be interrupted while
 * it blocks is interrupted only once {@link Session#cellThreads()} shows it waiting in that call.
 */
class InterruptTest extends SessionFixture {
    private final CountDownLatch reached = new CountDownLatch(1);
    private final AtomicBoolean zombie = new AtomicBoolean();
    private final Thread[] ranOn = new Thread[1];

    @BeforeEach
    void bindSignals() {
        session.bind("reached", reached);
        session.bind("zombie", zombie);
        session.bind("ranOn", ranOn);
    }

    /** The interrupt matrix (benchmarks.md): each kind of running cell, and the call its thread blocks in ("-": it runs). */
    enum Kind {
        LOOP("loop", "while (true) { }", "-"),
        RECURSION("recursion", "down(70)", "-"),
        SLEEP("sleep", "Thread.sleep(600_000)", "java.lang.Thread.sleep"),
        GET("get", "new CompletableFuture<String>().get()", "java.util.concurrent.CompletableFuture.get"),
        JOIN("join", "new CompletableFuture<String>().join()", "java.util.concurrent.CompletableFuture.join"),
        AWAIT("await", "await new CompletableFuture<String>()", "await"),
        WAIT("wait", "Object o = new Object(); synchronized (o) { o.wait(); }", "java.lang.Object.wait"),
        FOR_AWAIT("for await", "for await (var x : silent) { }", "await"),
        FINALLY_LOOP("finally-loop", "try { while (true) { } } finally { while (true) { } }", "-"),
        CATCH_THROWABLE_LOOP("catch-Throwable loop",
                "while (true) { try { long q = 1; while (q != 0) q = q * 3 + 1 | 1; } catch (Throwable e) { } }", "-"),
        SWALLOWED_INTERRUPT("swallowed interrupt",
                "while (true) { try { Thread.sleep(600_000); } catch (InterruptedException e) { } }", "java.lang.Thread.sleep"),
        ACCEPT("accept", "server.accept()", "java.net.ServerSocket.accept"),
        READ("read", "client.getInputStream().read()", "read"),
        LOCK("lock", "lock.lock()", "java.util.concurrent.locks.ReentrantLock.lock");

        private final String label;
        final String code;
        final String blockedIn;

        Kind(String label, String code, String blockedIn) {
            this.label = label;
            this.code = code;
            this.blockedIn = blockedIn;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Each kind in a cell that does not await, on the default runner (the session's cell thread). */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void everyKindOfCellStopsAndTheRestNeverRuns(Kind kind) throws Exception {
        declareWhatTheKindsUse();
        assertStopsForGood(kind.code, kind.blockedIn);
    }

    /** Kinds in cells that await, under each runner that hands them to another thread. */
    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("awaitingUnderEachRunner")
    void awaitingCellsStopUnderEachRunner(Kind kind, String runner) throws Exception {
        declareWhatTheKindsUse();
        ok("%autoawait " + runner);
        assertStopsForGood("await sleep(0);\n" + kind.code, kind.blockedIn);
    }

    static Stream<Arguments> awaitingUnderEachRunner() {
        return Stream.of(Arguments.of(Kind.LOOP, "virtual"), Arguments.of(Kind.ACCEPT, "virtual"),
                Arguments.of(Kind.LOCK, "virtual"), Arguments.of(Kind.LOOP, "loop"), Arguments.of(Kind.SLEEP, "loop"),
                Arguments.of(Kind.AWAIT, "loop"), Arguments.of(Kind.SWALLOWED_INTERRUPT, "loop"),
                Arguments.of(Kind.CATCH_THROWABLE_LOOP, "loop"));
    }

    /** Under {@code sync} cells run on the caller's thread (a platform thread here): what stops there. */
    @ParameterizedTest(name = "{0} under sync")
    @EnumSource(value = Kind.class, names = {"LOOP", "SLEEP", "AWAIT", "CATCH_THROWABLE_LOOP", "SWALLOWED_INTERRUPT", "LOCK"})
    void cellsStopUnderSync(Kind kind) throws Exception {
        declareWhatTheKindsUse();
        ok("%autoawait sync");
        ok("%autoawait on");
        assertStopsForGood(kind.code, kind.blockedIn);
    }

    @Test
    void finallyBlocksAndTryWithResourcesStillCleanUp() throws Exception {
        ok("var cleaned = new java.util.concurrent.atomic.AtomicInteger();");
        ok("AutoCloseable resource() { return () -> cleaned.incrementAndGet(); }");
        assertStopsForGood("try (var r = resource()) { try { reached.countDown(); while (true) { } }"
                + " finally { cleaned.incrementAndGet(); } }", "-");
        assertEquals("2", value("cleaned.get()"), "the finally block and the resource's close() ran");
    }

    @Test
    void theAwaitedFutureIsCancelled() throws Exception {
        ok("var never = new CompletableFuture<String>();");
        assertStopsForGood("await never", "await");
        assertEquals("true", value("never.isCancelled()"));
    }

    @Test
    void aForAwaitSubscriptionIsCancelled() throws Exception {
        ok("var cancelled = new java.util.concurrent.atomic.AtomicBoolean();");
        ok("Flow.Publisher<Integer> silent = s -> s.onSubscribe(new Flow.Subscription() {"
                + " public void request(long n) {} public void cancel() { cancelled.set(true); } });");
        assertStopsForGood("for await (var x : silent) { }", "await");
        assertEquals("true", value("cancelled.get()"));
    }

    @Test
    void backgroundTasksSpawnedEarlierKeepRunning() throws Exception {
        ok("var ticks = new java.util.concurrent.atomic.AtomicInteger();");
        ok("var ticker = spawn(() -> { while (true) { ticks.incrementAndGet(); await sleep(5); } });");
        assertStopsForGood("await new CompletableFuture<Void>()", "await");
        int after = Integer.parseInt(value("ticks.get()"));
        waitUntil(() -> Integer.parseInt(value("ticks.get()")) > after, "the spawned task ticks on");
        assertEquals("false", value("ticker.isDone()"));
    }

    @Test
    void aLockClassOfTheUsersKeepsItsOwnLockMethod() {
        // only the JDK's locks have their lock() woven into lockInterruptibly()
        ok("var calls = new java.util.concurrent.atomic.AtomicInteger();");
        ok("java.util.concurrent.locks.Lock mine = new java.util.concurrent.locks.ReentrantLock() {"
                + " @Override public void lock() { calls.incrementAndGet(); super.lock(); } };");
        ok("mine.lock(); mine.unlock();");
        assertEquals("1", value("calls.get()"));
    }

    @Test
    void interruptWithNoCellRunningDoesNothing() {
        assertInstanceOf(Interruption.NothingRunning.class, session.interrupt());
        assertEquals("3", value("1 + 2"));
    }

    @Test
    void aSecondInterruptSaysWhatTheCellWaitsForAndASyncCellIsNotAbandoned() throws Exception {
        try (java.net.ServerSocket server = new java.net.ServerSocket(0)) {
            session.bind("platformServer", server);
            ok("%autoawait sync"); // on the caller's platform thread, accept() ignores interrupts
            CompletableFuture<CellResult> running = session.submit(
                    "reached.countDown();\nplatformServer.accept();\nzombie.set(true);", ExecutionMode.INTERACTIVE);
            awaitMarker(running);
            // a platform thread in accept() is in native code: RUNNABLE
            awaitCellThread(t -> t.call().equals(java.util.Optional.of("java.net.ServerSocket.accept")), "in accept()");
            assertInstanceOf(Interruption.StopRequested.class, session.interrupt());
            Interruption second = session.interrupt();
            Interruption.StillRunning still = assertInstanceOf(Interruption.StillRunning.class, second);
            assertFalse(still.canAbandon());
            String message = second.message().orElseThrow();
            assertTrue(message.contains("waits in java.net.ServerSocket.accept (In[2], line 2)")
                    || message.contains("is in java.net.ServerSocket.accept (In[2], line 2)"), message);
            assertTrue(message.contains("cannot be abandoned"), message);
            assertFalse(message.contains("dev.jawait"), message);
            assertInstanceOf(Interruption.StillRunning.class, session.interrupt(), "a sync cell is never abandoned");
            server.close(); // what blocks is closed: the cell ends, as interrupted
            assertEquals(CellStatus.INTERRUPTED, running.get().status());
            assertFalse(zombie.get());
        }
    }

    @Test
    void aCellThatCannotStopIsAbandonedAtTheThirdInterruptAndNeverRunsOn() throws Exception {
        Object monitor = new Object();
        session.bind("monitor", monitor);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().start(() -> {
            synchronized (monitor) {
                held.countDown();
                awaitQuietly(release);
            }
        });
        held.await();
        CompletableFuture<CellResult> running = session.submit(
                "ranOn[0] = Thread.currentThread(); reached.countDown();\nsynchronized (monitor) { zombie.set(true); }",
                ExecutionMode.INTERACTIVE);
        awaitMarker(running);
        awaitCellThread(t -> t.state() == Thread.State.BLOCKED, "the cell waits for the monitor");
        assertInstanceOf(Interruption.StopRequested.class, session.interrupt());
        Interruption second = session.interrupt();
        assertTrue(assertInstanceOf(Interruption.StillRunning.class, second).canAbandon());
        assertTrue(second.message().orElseThrow().contains("is blocked entering a synchronized block (In[1], line 2)"),
                second.message().orElseThrow());
        Interruption third = session.interrupt();
        assertInstanceOf(Interruption.Abandoned.class, third);
        assertTrue(third.message().isEmpty(), "the cell's result says it");
        CellResult abandoned = running.get();
        assertEquals(CellStatus.INTERRUPTED, abandoned.status());
        assertEquals(List.of("Abandoned the cell: the session goes on. Its thread is blocked entering a synchronized block"
                + " (In[1], line 2), which an interrupt cannot end, and is left where it is; if that wait ever ends,"
                + " it stops before it runs more of the cell."), abandoned.notices());
        // the session goes on
        assertEquals("2", value("1 + 1"));
        ok("int after = 3;");
        assertEquals("4", value("after + 1"));
        // when the monitor is free at last, the abandoned thread stops before the block's body
        release.countDown();
        holder.join();
        waitUntil(() -> ranOn[0].getState() == Thread.State.WAITING, "the abandoned thread is parked for good");
        assertFalse(zombie.get(), "the rest of an abandoned cell must never run");
        assertEquals("5", value("after + 2"));
    }

    @Test
    void cellThreadsSaysWhereTheRunningCellIs() throws Exception {
        CompletableFuture<CellResult> running = session.submit("int x = 1;\nreached.countDown();\nThread.sleep(600_000);",
                ExecutionMode.INTERACTIVE);
        ThreadActivity sleeping = awaitBlockedIn("java.lang.Thread.sleep");
        assertEquals(Thread.State.TIMED_WAITING, sleeping.state());
        assertEquals("waits in java.lang.Thread.sleep (In[1], line 3)", sleeping.describe());
        assertTrue(sleeping.thread().startsWith("jawait-cells-"), sleeping.thread());
        session.interrupt();
        assertEquals(CellStatus.INTERRUPTED, running.get().status());
        assertTrue(session.cellThreads().isEmpty());
    }

    private void declareWhatTheKindsUse() {
        ok("long down(long n) { return n == 0 ? 0 : down(n - 1) + down(n - 1); }");
        ok("Flow.Publisher<Integer> silent = s -> s.onSubscribe(new Flow.Subscription() {"
                + " public void request(long n) {} public void cancel() {} });");
        ok("var server = new ServerSocket(0);");
        ok("var client = new Socket(\"localhost\", server.getLocalPort());\nvar peer = server.accept();");
        ok("var lock = new java.util.concurrent.locks.ReentrantLock();\nThread.ofPlatform().start(lock::lock).join();");
    }

    /**
     * Runs {@code code} in a cell that counts down {@code reached} first (unless the code does) and
     * sets {@code zombie} after it; interrupts it once it is there (and blocked in {@code blockedIn}, unless "-"), and
     * checks that it ends as interrupted, that its thread has ended and that the rest never ran.
     */
    private void assertStopsForGood(String code, String blockedIn) throws Exception {
        // the marker in the same snippet as the code, so that the stop cannot fall between them
        String marked = code.contains("reached.countDown()") ? code : "reached.countDown(); " + code;
        String statement = marked.strip().endsWith("}") ? marked : marked + ";"; // no `;` a loop never reaches
        String cell = "ranOn[0] = Thread.currentThread();\n{ " + statement + " }\nzombie.set(true);";
        CompletableFuture<CellResult> running = session.submit(cell, ExecutionMode.INTERACTIVE);
        awaitMarker(running);
        if (blockedIn.equals("await")) {
            awaitCellThread(t -> t.awaiting().isPresent(), "the cell awaits");
        } else if (!blockedIn.equals("-")) {
            awaitBlockedIn(blockedIn);
        }
        assertInstanceOf(Interruption.StopRequested.class, session.interrupt());
        CellResult result = running.get();
        assertEquals(CellStatus.INTERRUPTED, result.status(), result::toString);
        assertEquals("2", value("1 + 1"), "the session goes on");
        Thread thread = ranOn[0];
        if (!thread.getName().startsWith("jawait-cells-") && thread.isVirtual()) {
            thread.join(); // a runner's thread for the cell has ended
        }
        // the next cell ran on the session's cell thread, or the cell's own thread has ended:
        // nothing of the interrupted cell can run later
        assertFalse(zombie.get(), "the rest of the interrupted cell must never run");
    }

    /** Waits until the cell has counted down {@code reached}; fails at once if it ended without. */
    private void awaitMarker(CompletableFuture<CellResult> running) throws InterruptedException {
        waitUntil(() -> {
            assertFalse(running.isDone() && reached.getCount() > 0, () -> "the cell ended first: " + running.join());
            return reached.getCount() == 0;
        }, "the cell gets to its code");
    }

    private ThreadActivity awaitBlockedIn(String call) throws InterruptedException {
        return awaitCellThread(t -> t.call().filter(c -> c.equals(call) || c.endsWith("." + call)).isPresent()
                && t.waits(), "the cell blocks in " + call);
    }

    /** Waits until a thread of the running cell is as {@code condition} says. */
    private ThreadActivity awaitCellThread(Predicate<ThreadActivity> condition, String what) throws InterruptedException {
        waitUntil(() -> session.cellThreads().stream().anyMatch(condition), what);
        return session.cellThreads().stream().filter(condition).findFirst().orElseThrow();
    }

    /**
     * Waits until {@code condition} holds: a poll of what the code shows, not a guess at how long
     * something takes. No time limit; while it waits, the test thread's name says for what (a
     * thread dump of a test that hangs shows it).
     */
    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        Thread self = Thread.currentThread();
        String name = self.getName();
        self.setName(name + " waiting until " + what);
        try {
            while (!condition.getAsBoolean()) {
                Thread.sleep(1);
            }
        } finally {
            self.setName(name);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
