package dev.jawait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spawned task that fails while nobody awaits it speaks once, in every text front end: above the
 * prompt in the terminal, on stderr for piped input; {@code System.exit} in a task is reported and
 * ignored interactively and ends {@code jawait run} with its status. (The kernel's side is in
 * jawait-kernel's {@code test_protocol.py}.)
 */
class BackgroundTasksIT {
    private static LauncherRun run(String stdin, String... args) throws Exception {
        return LauncherRun.of(stdin, java.util.Map.of(), args);
    }

    private static final String REPORT = "Task-1 (spawned by In[2]) failed, and nobody awaited it:\n"
            + "java.lang.IllegalStateException: kaboom\n    at <lambda> (In[2], line 1)\n";

    @Test
    void pipedInputReportsAFailureNobodyAwaitedOnceOnStderr() throws Exception {
        // the task fails while In[3] runs (which waits until it is done without observing it):
        // reported when In[3] ends
        LauncherRun run = run("""
                var gate = new CompletableFuture<Void>();
                var t = spawn(() -> { await gate; throw new IllegalStateException("kaboom"); });
                gate.complete(null); while (!t.isDone()) Thread.onSpinWait();
                1 + 1
                t
                """);
        assertEquals(0, run.status(), run.err());
        assertEquals(1, TerminalSession.count(run.err(), "kaboom"), run.err());
        assertTrue(run.err().contains(REPORT), run.err());
        assertTrue(run.out().contains("Out[4]: 2\nOut[5]: Task-1[failed: IllegalStateException: kaboom]\n"), run.out());
        assertFalse((run.out() + run.err()).contains("dev.jawait"), run.out() + run.err());
    }

    @Test
    void systemExitInATaskIsIgnoredInteractivelyAndEndsAScriptWithItsStatus(@TempDir Path dir) throws Exception {
        LauncherRun piped = run("""
                var t = spawn(() -> System.exit(9));
                while (!t.isDone()) Thread.onSpinWait();
                t
                """);
        assertEquals(0, piped.status(), piped.err());
        assertTrue(piped.err().contains("System.exit(9) in Task-1 (spawned by In[1]) was ignored"), piped.err());
        assertTrue(piped.out().contains("Out[3]: Task-1[exited: System.exit(9) ignored]"), piped.out());
        assertFalse((piped.out() + piped.err()).contains("ExitRequested"), piped.out() + piped.err());

        Path script = Files.writeString(dir.resolve("exit.jsh"), "spawn(() -> System.exit(7));\nawait sleep(600_000);\n");
        LauncherRun module = run("", "run", script.toString());
        assertEquals(7, module.status(), module.out() + module.err());
    }

    @Test
    void theTerminalReportsAFailureNobodyAwaitedAboveTheLineBeingTyped() throws Exception {
        try (TerminalSession terminal = TerminalSession.jawait()) {
            terminal.type("int x = 1;");
            terminal.key("Enter");
            terminal.waitFor(s -> s.contains("In [2]:"), "the second prompt");
            // fails 3 s later, while the next line is being typed (as TerminalReplIT's background output)
            terminal.type("spawn(() -> { await sleep(3000); throw new IllegalStateException(\"kaboom\"); });");
            terminal.key("Enter");
            terminal.waitFor(s -> s.contains("In [3]:"), "the third prompt");
            terminal.type("int half");
            String screen = terminal.waitFor(s -> s.contains("nobody awaited it") && s.contains("In [3]: int half"), "the report");
            List<String> lines = screen.lines().toList();
            int header = lines.indexOf("Task-1 (spawned by In[2]) failed, and nobody awaited it:");
            assertTrue(header >= 0, screen);
            assertEquals("java.lang.IllegalStateException: kaboom", lines.get(header + 1), screen);
            assertEquals("    at <lambda> (In[2], line 1)", lines.get(header + 2), screen);
            assertTrue(lines.subList(header, lines.size()).stream().anyMatch(l -> l.startsWith("In [3]: int half")),
                    "the report sits above the half-typed line:\n" + screen);
            terminal.type("way = 5;");
            terminal.key("Enter");
            terminal.waitFor(s -> s.contains("In [4]:"), "the session going on");
            assertEquals(1, TerminalSession.count(terminal.screen(), "IllegalStateException: kaboom"), terminal.screen());
            terminal.key("C-d");
            terminal.waitFor(s -> s.contains("JAWAIT-EXITED"), "Ctrl-D exiting");
        }
    }
}
