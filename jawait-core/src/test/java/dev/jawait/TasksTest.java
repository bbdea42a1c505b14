package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.runtime.Awaiting;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code %tasks}, task names, failures of tasks nobody awaited, and System.exit in a task. */
class TasksTest {
    private final StringBuffer printed = new StringBuffer();
    private final Session session = Session.builder().outputListener((tag, stderr, text) -> {
        synchronized (printed) {
            printed.append(text);
            printed.notifyAll();
        }
    }).build();

    @AfterEach
    void close() {
        session.close();
    }

    private CellResult run(String cell) {
        CellResult result = session.execute(cell);
        assertEquals(CellStatus.OK, result.status(), () -> cell + "\n" + result.errorText() + result.notices());
        return result;
    }

    /** Waits (without sleeping) until the output contains {@code marker}. */
    private String waitForOutput(String marker) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        synchronized (printed) {
            while (printed.indexOf(marker) < 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no `" + marker + "` in:\n" + printed);
                }
                printed.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
            return printed.toString();
        }
    }

    @Test
    void tasksListsAPendingTaskWithItsCellAndWhatItAwaitsAndCancelsIt() throws Exception {
        run("int x = 1;");
        run("var t = spawn(() -> { await sleep(600_000); return 1; });");
        assertEquals("Task-1[pending, In[2]]", Results.text(run("t")), "a readable name, no class name");
        assertTrue(Awaiting.waitUntil(() -> session.tasks().list(false).stream().anyMatch(task -> task.waitingOn()
                .filter(on -> on.startsWith("await sleep(600000 ms)")).isPresent()), Duration.ofSeconds(20)));

        run("%tasks");
        String table = waitForOutput("waiting on");
        assertTrue(table.matches("(?s).*\\n\\s*1\\s+pending\\s+\\d+\\.\\d s\\s+In\\[2]\\s+await sleep\\(600000 ms\\), \\d+ ms left.*"), table);
        List<TaskInfo> tasks = session.tasks().list(false);
        assertEquals(1, tasks.size());
        assertEquals("In[2]", tasks.getFirst().spawnedBy());

        CellResult stack = run("%tasks -v 1");
        assertTrue(String.join("\n", stack.notices()).contains("at <lambda> (In[2], line 1)"), stack.notices().toString());

        CellResult cancelled = run("%tasks cancel 1");
        assertEquals(List.of("Cancelled Task-1."), cancelled.notices());
        assertEquals("true", Results.text(run("t.isCancelled()")));
        assertEquals("Task-1[cancelled]", Results.text(run("t")));
        assertTrue(session.tasks().list(false).isEmpty());

        CellResult bad = session.execute("%tasks -v 42");
        assertEquals(CellStatus.FAILED, bad.status());
        assertTrue(bad.errorText().contains("there is no task 42"), bad.errorText());
        assertEquals("2", Results.text(run("1 + 1")), "the session goes on");
    }

    @Test
    void aFailingTaskNobodyAwaitedIsReportedOnceWithItsCellAndTrace() throws Exception {
        run("void boom(int n) throws java.io.IOException { if (n == 0) throw new java.io.IOException(\"boom\"); boom(n - 1); }");
        run("var t = spawn(() -> { boom(30); return 1; });");
        String out = waitForOutput("nobody awaited it");
        assertTrue(out.contains("Task-1 (spawned by In[2]) failed, and nobody awaited it:\njava.io.IOException: boom\n"), out);
        assertTrue(out.contains("at boom (In[1], line 1)"), out);
        assertTrue(out.contains("... 30 more calls of boom (In[1], line 1)"), "recursion collapsed: " + out);
        assertFalse(out.contains("dev.jawait") || out.contains("$JShell") || out.contains("SpawnedTask"), out);

        CellResult awaited = session.execute("var seen = spawn(() -> { throw new IllegalStateException(\"awaited\"); });\nawait seen");
        assertEquals(CellStatus.FAILED, awaited.status());
        run("var slow = spawn(() -> await sleep(600_000)); var waiter = spawn(() -> await slow); slow.cancel(true);");
        run("while (!waiter.isDone()) Thread.onSpinWait();");
        run("spawn(() -> { throw new IllegalStateException(\"marker\"); });");
        out = waitForOutput("marker");
        assertEquals(1, out.split("IOException: boom", -1).length - 1, "reported once: " + out);
        assertFalse(out.contains("awaited\n"), "an awaited failure is the cell's, not reported: " + out);
        assertFalse(out.contains("CancellationException"), "a cancellation (of what a task awaited) is no failure: " + out);
        assertTrue(Results.text(run("t")).startsWith("Task-1[failed: IOException: boom]"));
    }

    @Test
    void systemExitInATaskIsReportedAndIgnoredInInteractiveMode() throws Exception {
        run("var t = spawn(() -> System.exit(9));");
        String out = waitForOutput("was ignored");
        assertTrue(out.contains("System.exit(9) in Task-1 (spawned by In[1]) was ignored"), out);
        assertEquals("Task-1[exited: System.exit(9) ignored]", Results.text(run("t")));
        assertFalse(waitForOutput("ignored").contains("ExitRequested"));
        assertEquals("2", Results.text(run("1 + 1")), "the session goes on");
    }

    @Test
    void systemExitInATaskEndsAModuleRunWithItsStatus() {
        CellResult result = session.execute("spawn(() -> System.exit(7));\nawait sleep(600_000);", CellOptions.module("task.jsh"));
        CellResult.ExitRequested exit = (CellResult.ExitRequested) result;
        assertEquals(7, exit.exitStatus());
        assertTrue(exit.leavesSession());
    }
}
