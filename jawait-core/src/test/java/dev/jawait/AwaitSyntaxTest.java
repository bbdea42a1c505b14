package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Semantics §1: await as a contextual keyword, its forms and precedence. */
class AwaitSyntaxTest extends SessionFixture {

    @Test
    void awaitAtTopLevelGivesTheValue() {
        assertEquals("42", value("await CompletableFuture.supplyAsync(() -> 42)"));
    }

    @Test
    void parenthesisedFormIsTheSame() {
        assertEquals("7", value("await(CompletableFuture.completedFuture(7))"));
    }

    @Test
    void awaitStaysAnIdentifier() {
        ok("int await = 3;");
        assertEquals("4", value("await + 1"));
        assertEquals("6", value("await * 2"));
    }

    @Test
    void methodsNamedAwaitKeepWorking() {
        ok("var latch = new CountDownLatch(0);");
        ok("latch.await()");
        ok("var lock = new java.util.concurrent.locks.ReentrantLock(); var cond = lock.newCondition(); lock.lock();");
        assertEquals("false", value("cond.await(1, TimeUnit.MILLISECONDS)"));
        ok("int await(int a, int b) { return a + b; }");
        assertEquals("3", value("await(1, 2)"));
        ok("String await() { return \"no-arg\"; }");
        assertEquals("\"no-arg\"", value("await()"));
    }

    @Test
    void awaitBindsLikeAPrefixUnaryOperator() {
        ok("record Box(CompletableFuture<Integer> f) {}");
        ok("var box = new Box(CompletableFuture.completedFuture(5));");
        assertEquals("10", value("await box.f().thenApply(x -> x * 2)"));
        assertEquals("6", value("await box.f() + 1"));
        assertEquals("-5", value("-await box.f()"));
    }

    @Test
    void stringsTextBlocksCharsAndCommentsAreNeverRewritten() {
        assertEquals("\"await x\"", value("\"await x\""));
        assertEquals("\"await y\\n\"", value("\"\"\"\n    await y\n    \"\"\""));
        ok("// await nothing\nint z = 1; /* await z */");
        assertFalse(Session.needsAsync("String s = \"await f\"; // await g"));
    }

    @Test
    void awaitWorksInLambdasMethodsAndClassesDeclaredInTheSession() {
        ok("int twice(CompletableFuture<Integer> f) { return 2 * await f; }");
        assertEquals("42", value("twice(CompletableFuture.completedFuture(21))"));
        ok("class Fetcher { String get() { return await CompletableFuture.supplyAsync(() -> \"x\"); } }");
        assertEquals("\"x\"", value("new Fetcher().get()"));
        ok("java.util.function.Supplier<Integer> s = () -> await CompletableFuture.completedFuture(9);");
        assertEquals("9", value("s.get()"));
    }

    @Test
    void diagnosticsPointAtTheUsersLineAndSpeakOfAwait() {
        String error = compileError("int x = 1;\nString s = await CompletableFuture.completedFuture(1);");
        assertTrue(error.contains("line 2"), error);
        assertFalse(error.contains("dev.jawait"), error);
        assertFalse(error.contains("$jw"), error);
    }

    @Test
    void awaitingSomethingNotAwaitableIsACompileErrorNamingTheTypeAndKinds() {
        String error = compileError("await 42");
        assertTrue(error.contains("cannot wait for int: it is not awaitable"), error);
        assertTrue(error.contains("CompletionStage") && error.contains("Future") && error.contains("Flow.Publisher"), error);
        assertTrue(error.contains("line 1, column 1"), error);
        String forAwait = compileError("for await (var x : List.of(1, 2)) { }");
        assertTrue(forAwait.contains("`for await` cannot iterate over") && forAwait.contains("Flow.Publisher"), forAwait);
    }
}
