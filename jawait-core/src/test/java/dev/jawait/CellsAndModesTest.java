package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Semantics §3: cells, needs-async detection, modes, whole-cell rejection, errors. */
class CellsAndModesTest extends SessionFixture {

    @Test
    void needsAsyncLooksAtTopLevelCodeAndLambdasOnly() {
        assertTrue(Session.needsAsync("await f"));
        assertTrue(Session.needsAsync("Runnable r = () -> { await f; };"));
        assertTrue(Session.needsAsync("for await (var x : p) {}"));
        assertFalse(Session.needsAsync("int g() { return await f; }"));
        assertFalse(Session.needsAsync("class C { void m() { await f; } }"));
        assertFalse(Session.needsAsync("g()"));
        assertFalse(Session.needsAsync("latch.await()"));
    }

    @Test
    void aCellThatOnlyDeclaresAnAwaitingMethodRunsDirectly() {
        ok("%autoawait off");
        ok("int g() { return await CompletableFuture.completedFuture(3); }");
        assertEquals("3", value("g()"));
    }

    @Test
    void aCellMayHoldManyStatementsAndTheFinalExpressionIsDisplayed() {
        CellResult result = ok("var a = 20\nvar b = await CompletableFuture.completedFuture(22)\na + b");
        assertEquals("42", Results.text(result));
        assertFalse(Results.hasValue(ok("int c = 1;")), "declarations are not displayed");
        assertFalse(Results.hasValue(ok("c = 2")), "assignments are not displayed");
    }

    @Test
    void aSyntaxErrorAnywhereRejectsTheWholeCellBeforeAnyOfItRuns() {
        String out = stdoutOf(() -> compileError("System.out.println(\"first\");\nint x = ;\nSystem.out.println(\"third\");"));
        assertEquals("", out);
        String error = compileError("System.out.println(\"first\");\nint x = ;");
        assertTrue(error.contains("line 2"), error);
    }

    @Test
    void theSyntaxCheckAcceptsEveryKindOfTopLevelSnippet() {
        CellResult result = ok("import java.util.function.*;\nprivate static final int LIMIT = 3;\n"
                + "record P(int x) {}\nint twice(int v) { return 2 * v; }\nfor (int i = 0; i < LIMIT; i++) { }\n"
                + "var p = new P(LIMIT);\ntwice(p.x())");
        assertEquals("6", Results.text(result));
        String error = compileError("int a = 1;\nint b = 2;\nint c = 3 +;\nint d = 4;");
        assertTrue(error.contains("line 3"), error);
    }

    @Test
    void executionStopsAtTheFirstStatementThatThrows() {
        ok("int after = 0;");
        CellResult result = session.execute("after = 1;\nif (true) throw new IllegalStateException(\"stop\");\nafter = 2;");
        assertEquals(CellStatus.FAILED, result.status());
        assertEquals("1", value("after"));
    }

    @Test
    void errorsShowTheUsersFramesOnly() {
        ok("int fail(int n) {\n  if (n == 0) throw new IllegalArgumentException(\"bad\");\n  return fail(n - 1);\n}");
        CellResult result = session.execute("int y = 5;\nfail(2)");
        assertEquals(CellStatus.FAILED, result.status());
        String trace = Results.traceback(result);
        assertTrue(trace.startsWith("java.lang.IllegalArgumentException: bad"), trace);
        assertTrue(trace.contains("at fail (In["), trace);
        assertTrue(trace.contains("line 2"), trace);
        assertFalse(trace.contains("dev.jawait"), trace);
        assertFalse(trace.contains("jdk.jshell"), trace);
        assertFalse(trace.contains("java.lang.reflect"), trace);
    }

    @Test
    void moduleModeDisplaysNothingAndAllowsTopLevelAwait(@TempDir Path dir) throws Exception {
        CellResult result = session.execute("int x = 1;\nawait CompletableFuture.completedFuture(x + 1)", ExecutionMode.MODULE);
        assertEquals(CellStatus.OK, result.status());
        assertFalse(Results.hasValue(result));
        Path script = Files.writeString(dir.resolve("fail.jsh"), "int a = 1;\nthrow new RuntimeException(\"in script\");\n");
        CellResult failed = session.runScript(script);
        assertEquals(CellStatus.FAILED, failed.status());
        assertTrue(Results.traceback(failed).contains("fail.jsh, line 2"), Results.traceback(failed));
    }

    @Test
    void submitReturnsAFutureOfTheResult() throws Exception {
        CellResult result = session.submit("await CompletableFuture.completedFuture(\"async\")", ExecutionMode.INTERACTIVE).get();
        assertEquals("\"async\"", Results.text(result));
    }

    @Test
    void redefiningAMethodKeepsTheValuesOfVariablesThatDependOnIt() {
        ok("int f() { return 1; }");
        ok("int v = f() + 1;");
        ok("int f() { return 10; }");
        assertEquals("2", value("v"));
    }

    @Test
    void aTernaryOfTwoSubclassesDeclaredInTheSessionWorks() {
        ok("class A {}\nclass B extends A {}\nclass C extends A {}\nA pick(boolean c) { return c ? new B() : new C(); }");
        assertEquals("\"C\"", value("pick(false).getClass().getSimpleName()"));
    }

    @Test
    void systemExitInAnInteractiveCellIsReportedAndTheSessionGoesOn() {
        CellResult result = session.execute("System.out.println(\"before\");\nSystem.exit(3);\nSystem.out.println(\"after\");");
        assertEquals(CellStatus.EXIT_REQUESTED, result.status());
        assertEquals(3, Results.exitStatus(result));
        assertTrue(result.notices().stream().anyMatch(n -> n.contains("System.exit(3)") && n.contains("/exit")));
        assertEquals("2", value("1 + 1"));
    }

    @Test
    void systemExitInModuleModeGivesTheStatus(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("exit.jsh"), "System.out.println(\"x\");\nRuntime.getRuntime().exit(4);\n");
        assertEquals(4, Results.exitStatus(session.runScript(script)));
    }

    @Test
    void emptyAndCommentOnlyCellsDoNothing() {
        assertFalse(Results.hasValue(ok("")));
        assertFalse(Results.hasValue(ok("// nothing\n/* here */")));
    }
}
