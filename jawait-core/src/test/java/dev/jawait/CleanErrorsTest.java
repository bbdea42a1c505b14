package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Errors and values name what the user declared, never JShell's wrappers, and a recursion reads in a few lines. */
class CleanErrorsTest extends SessionFixture {

    private String failure(String cell) {
        CellResult result = session.execute(cell);
        assertEquals(CellStatus.FAILED, result.status(), () -> cell + " -> " + result);
        assertFalse(result.errorText().contains("$JShell$"), result::errorText);
        return result.errorText();
    }

    @Test
    void aNullPointerMessageNamesTheUsersVariableAndRecord() {
        ok("record Pt(int x) {}");
        ok("Pt pt = null;");
        String error = failure("pt.x()");
        assertTrue(error.contains("Cannot invoke \"Pt.x()\" because \"pt\" is null"), error);
    }

    @Test
    void anExceptionClassDeclaredInTheSessionIsNamedAsDeclared() {
        ok("class MyError extends RuntimeException { MyError(String m) { super(m); } }");
        CellResult result = session.execute("throw new MyError(\"boom\")");
        assertTrue(result.errorText().startsWith("MyError: boom"), result.errorText());
        assertEquals("MyError", ((CellResult.Failed) result).errorName());
    }

    @Test
    void aClassCastMessageNamesTheUsersClass() {
        ok("record Pt(int x) {}");
        String error = failure("String s = (String) (Object) new Pt(1);");
        assertTrue(error.contains("class Pt cannot be cast to class java.lang.String"), error);
    }

    @Test
    void aFailureThroughAFutureShowsTheUsersFramesOnly() {
        ok("int boom() { throw new IllegalStateException(\"x\"); }");
        String viaGet = failure("CompletableFuture.supplyAsync(() -> boom()).thenApply(v -> v + 1).get()");
        assertEquals("""
                java.util.concurrent.ExecutionException: java.lang.IllegalStateException: x
                    at In[2], line 1
                Caused by: java.lang.IllegalStateException: x
                    at boom (In[1], line 1)
                    at <lambda> (In[2], line 1)""", viaGet);
        String viaJoin = failure("CompletableFuture.supplyAsync(() -> boom()).join()");
        assertTrue(!viaJoin.contains("java.base/"), viaJoin);
    }

    @Test
    void aDeepRecursionIsOneFrameAndACount() {
        ok("int depth(int n) { return depth(n + 1) + 1; }");
        String error = failure("depth(0)");
        assertTrue(error.lines().count() < 6, error);
        assertTrue(error.matches("(?s)java.lang.StackOverflowError\n    at depth \\(In\\[\\d+], line 1\\)\n"
                + "    \\.\\.\\. \\d+ more calls of depth \\(In\\[\\d+], line 1\\).*"), error);
    }

    @Test
    void aMutualRecursionIsItsCycleAndACount() {
        ok("int f(int n) { return g(n); } int g(int n) { return f(n); }");
        String error = failure("f(1)");
        assertTrue(error.lines().count() < 8, error);
        assertTrue(error.contains("more frames repeating the 2 above"), error);
    }

    @Test
    void valuesOfDeclaredClassesAreNamedAsDeclared() {
        ok("class C {}");
        assertTrue(value("new C()").matches("C@[0-9a-f]+"), () -> value("new C()"));
        assertEquals("class C", value("new C().getClass()"));
        assertTrue(value("new Object() {}").startsWith("<anonymous>@"), () -> value("new Object() {}"));
        assertTrue(value("java.util.List.of(new C())").matches("\\[C@[0-9a-f]+]"), () -> value("java.util.List.of(new C())"));
    }
}
