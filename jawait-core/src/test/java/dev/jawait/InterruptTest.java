package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Semantics §5: an interrupt stops whatever the cell does, cancels, leaves no zombie. */
class InterruptTest extends SessionFixture {

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource(delimiter = '|', value = {
        "while (true) { }                                             | virtual",
        "long down(long n) { return n == 0 ? 0 : down(n - 1) + down(n - 1); } down(70) | virtual",
        "Thread.sleep(600_000)                                        | virtual",
        "new CompletableFuture<String>().get()                        | virtual",
        "new CompletableFuture<String>().join()                       | virtual",
        "await new CompletableFuture<String>()                        | virtual",
        "await new CompletableFuture<String>()                        | loop",
        "await new CompletableFuture<String>()                        | sync",
        "while (true) { }                                             | loop",
        "Thread.sleep(600_000)                                        | sync",
    })
    void anInterruptStopsTheCellAndTheRestNeverRuns(String code, String runner) throws Exception {
        ok("%autoawait " + runner);
        ok("%autoawait on");
        ok("var zombie = new java.util.concurrent.atomic.AtomicBoolean();");
        CellResult result = runAndInterrupt("await sleep(0);\n" + code + ";\nzombie.set(true);");
        assertEquals(CellStatus.INTERRUPTED, result.status(), result::toString);
        Thread.sleep(300);
        assertEquals("false", value("zombie.get()"), "the rest of the interrupted cell must never run");
        assertEquals("2", value("1 + 1"), "the session goes on");
    }

    @Test
    void theAwaitedFutureIsCancelled() throws Exception {
        ok("var never = new CompletableFuture<String>();");
        assertEquals(CellStatus.INTERRUPTED, runAndInterrupt("await never").status());
        assertEquals("true", value("never.isCancelled()"));
    }

    @Test
    void aForAwaitSubscriptionIsCancelled() throws Exception {
        ok("var cancelled = new java.util.concurrent.atomic.AtomicBoolean();");
        ok("Flow.Publisher<Integer> silent = s -> s.onSubscribe(new Flow.Subscription() {"
                + " public void request(long n) {} public void cancel() { cancelled.set(true); } });");
        assertEquals(CellStatus.INTERRUPTED, runAndInterrupt("for await (var x : silent) { }").status());
        assertEquals("true", value("cancelled.get()"));
    }

    @Test
    void backgroundTasksSpawnedEarlierKeepRunning() throws Exception {
        ok("var ticks = new java.util.concurrent.atomic.AtomicInteger();");
        ok("var ticker = spawn(() -> { while (true) { ticks.incrementAndGet(); await sleep(5); } });");
        assertEquals(CellStatus.INTERRUPTED, runAndInterrupt("await new CompletableFuture<Void>()").status());
        int after = Integer.parseInt(value("ticks.get()"));
        Thread.sleep(100);
        assertTrue(Integer.parseInt(value("ticks.get()")) > after);
        assertEquals("false", value("ticker.isDone()"));
    }

    @Test
    void interruptWithNoCellRunningDoesNothing() {
        session.interrupt();
        assertEquals("3", value("1 + 2"));
    }

    private CellResult runAndInterrupt(String cell) throws Exception {
        CompletableFuture<CellResult> running = session.submit(cell, ExecutionMode.INTERACTIVE);
        Thread.sleep(400);
        assertTrue(!running.isDone(), () -> "finished before the interrupt: " + running.join());
        session.interrupt();
        return running.get(10, TimeUnit.SECONDS);
    }
}
