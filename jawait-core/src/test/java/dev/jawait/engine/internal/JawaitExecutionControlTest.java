package dev.jawait.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine under JShell directly: the cases the stock engines get wrong. */
class JawaitExecutionControlTest {
    private final JawaitExecutionControl control = JawaitExecutionControl.create(getClass().getClassLoader());
    private final JShell shell = JShell.builder().executionEngine(control.provider(), Map.of()).build();

    @AfterEach
    void close() {
        shell.close();
    }

    private String eval(String source) {
        List<SnippetEvent> events = shell.eval(source);
        SnippetEvent last = events.stream().filter(e -> e.causeSnippet() == null).reduce((a, b) -> b).orElseThrow();
        assertEquals(Snippet.Status.VALID, last.status(),
                () -> source + ": " + shell.diagnostics(last.snippet()).map(d -> d.getMessage(null)).toList());
        assertNull(last.exception(), () -> source + " threw " + last.exception());
        return last.value();
    }

    @Test
    void conditionalOfTwoSnippetSubclassesCompilesAndRuns() {
        // JDK-8366926: stack map generation needs the hierarchy of snippet classes
        eval("class A {}");
        eval("class B extends A {}");
        eval("class C extends A {}");
        eval("A pick(boolean c) { return c ? new B() : new C(); }");
        assertTrue(eval("pick(true).getClass().getSimpleName()").contains("B"));
        assertTrue(eval("pick(false).getClass().getSimpleName()").contains("C"));
    }

    @Test
    void variableKeepsItsValueWhenAMethodItDependsOnIsRedefined() {
        eval("int f() { return 1; }");
        eval("int v = f() + 1;");
        eval("int f() { return 10; }");
        assertEquals("2", eval("v"));
        assertEquals("10", eval("f()"));
    }

    @Test
    void staticFieldOfAClassSurvivesRedefinitionOfAMethodItUses() {
        eval("int base() { return 1; }");
        eval("class Counter { static int n; static int next() { return n += base(); } }");
        eval("Counter.next(); Counter.next();");
        eval("int base() { return 100; }");
        assertEquals("102", eval("Counter.next()"));
    }

    @Test
    void stopEndsATightLoop() throws Exception {
        assertStoppable("while (true) { }");
    }

    @Test
    void stopEndsDeepRecursionWithoutLoops() throws Exception {
        eval("int down(int n) { return n == 0 ? 0 : down(n - 1) + down(n - 1); }");
        assertStoppable("down(60)");
    }

    @Test
    void stopEndsCompletableFutureJoin() throws Exception {
        assertStoppable("new java.util.concurrent.CompletableFuture<String>().join()");
    }

    @Test
    void stopEndsThreadSleep() throws Exception {
        assertStoppable("Thread.sleep(60_000)");
    }

    @Test
    void joinKeepsItsExceptionContract() {
        eval("var failed = java.util.concurrent.CompletableFuture.failedFuture(new java.io.IOException(\"x\"));");
        List<SnippetEvent> events = shell.eval("failed.join()");
        assertEquals("java.util.concurrent.CompletionException",
                ((jdk.jshell.EvalException) events.getLast().exception()).getExceptionClassName());
    }

    @Test
    void systemExitIsInterceptedAndReported() {
        CellRun run = new CellRun();
        control.currentRun(run);
        shell.eval("System.exit(3)");
        assertEquals(3, run.exitStatus());
        shell.eval("Runtime.getRuntime().halt(4)");
        assertEquals(4, run.exitStatus());
        assertEquals("5", eval("2 + 3"));
    }

    @Test
    void valuesAreRecordedAsObjects() {
        CellRun run = new CellRun();
        control.currentRun(run);
        eval("java.util.List.of(1, 2)");
        assertEquals(List.of(1, 2), run.lastValue());
        eval("var s = \"x\";");
        eval("s");
        assertEquals("x", run.lastValue());
    }

    @Test
    void originalFailureIsRecorded() {
        CellRun run = new CellRun();
        control.currentRun(run);
        shell.eval("throw new java.io.UncheckedIOException(new java.io.IOException(\"boom\"));");
        assertInstanceOf(java.io.UncheckedIOException.class, run.lastFailure());
    }

    private void assertStoppable(String source) throws Exception {
        CellRun run = new CellRun();
        control.currentRun(run);
        CompletableFuture<List<SnippetEvent>> result = CompletableFuture.supplyAsync(() -> shell.eval(source));
        while (run.threads().isEmpty()) { // until the snippet's code runs (JShell compiles it first)
            assertTrue(!result.isDone(), () -> "ended by itself: " + result.join());
            Thread.sleep(1);
        }
        run.stop();
        result.get(10, TimeUnit.SECONDS);
        assertTrue(run.stopRequested());
        // the engine is usable afterwards and the stopping thread is released
        control.currentRun(new CellRun());
        assertEquals("2", eval("1 + 1"));
    }
}
