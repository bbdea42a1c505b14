package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Semantics §2: what can be awaited, static types, failures. */
class AwaitableTypesTest extends SessionFixture {
    private static final String RANGE_PUBLISHER = """
            class Range implements Flow.Publisher<Integer> {
                final int n; final java.util.List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
                Range(int n) { this.n = n; }
                public void subscribe(Flow.Subscriber<? super Integer> s) {
                    s.onSubscribe(new Flow.Subscription() {
                        int next = 0; boolean done;
                        public void request(long k) {
                            log.add("request " + k);
                            for (long i = 0; i < k && !done; i++) {
                                if (next == n) { done = true; s.onComplete(); return; }
                                s.onNext(next++);
                            }
                        }
                        public void cancel() { done = true; log.add("cancel"); }
                    });
                }
            }""";

    @Test
    void theValueKeepsItsStaticType() {
        ok("var s = await CompletableFuture.completedFuture(\"x\");");
        assertEquals("1", value("s.length()"));
        ok("String t = await CompletableFuture.supplyAsync(() -> \"typed\");");
        assertEquals("\"typed\"", value("t"));
    }

    @Test
    void anAwaitedValueIsAnArgumentLikeAnyOtherOfItsType() {
        // the awaited expression is itself generic (thenApply with a lambda): as a generic call in
        // an argument, the await would be inferred together with the overloads and be ambiguous
        assertEquals("x\n", stdoutOf(() -> ok("System.out.println(await sleep(1).thenApply(v -> \"x\"))")));
        assertEquals("\"y\"", value("String.valueOf(await sleep(1).thenApply(v -> \"y\"))"));
        assertEquals("\"3\"", value("String.valueOf(await CompletableFuture.supplyAsync(() -> 3))"));
        assertEquals("42", value("Math.abs(await CompletableFuture.supplyAsync(() -> -42))"));
        ok("int twice(int n) { return 2 * n; } long twice(long n) { return 2 * n; }");
        assertEquals("10", value("twice(await sleep(1).thenApply(v -> 5))"));
    }

    @Test
    void futuresStagesAndPublishersCanBeAwaited() {
        assertEquals("5", value("await Executors.newVirtualThreadPerTaskExecutor().submit(() -> 5)"));
        assertEquals("\"stage\"", value("await (CompletionStage<String>) CompletableFuture.completedFuture(\"stage\")"));
        ok(RANGE_PUBLISHER);
        assertEquals("0", value("await new Range(1)"));
    }

    @Test
    void aPublisherWithMoreThanOneItemPointsToForAwait() {
        ok(RANGE_PUBLISHER);
        CellResult result = session.execute("await new Range(3)");
        assertEquals(CellStatus.FAILED, result.status());
        assertTrue(Results.traceback(result).contains("for await"), Results.traceback(result));
    }

    @Test
    void forAwaitIteratesWithBackPressureAndBreakCancels() {
        ok(RANGE_PUBLISHER);
        ok("var items = new ArrayList<Integer>(); var range = new Range(5);");
        ok("for await (var x : range) items.add(x);");
        assertEquals("[0, 1, 2, 3, 4]", value("items"));
        assertTrue(value("range.log").startsWith("[\"request 1\", \"request 1\""), "one item at a time");
        ok("var early = new Range(100); var seen = new ArrayList<Integer>();");
        ok("for await (int x : early) {\n  if (x == 2) break;\n  seen.add(x);\n}");
        assertEquals("[0, 1]", value("seen"));
        assertTrue(value("early.log").contains("cancel"), "break cancels the subscription");
    }

    @Test
    void failuresAreRethrownAsTheOriginalException() {
        ok("var boom = new IOException(\"boom\");");
        CellResult result = session.execute("await CompletableFuture.failedFuture(boom)");
        assertEquals(CellStatus.FAILED, result.status());
        assertInstanceOf(IOException.class, Results.exception(result));
        assertTrue(Results.traceback(result).startsWith("java.io.IOException: boom"), Results.traceback(result));
        CellResult async = session.execute("await CompletableFuture.supplyAsync(() -> { throw new IllegalStateException(\"async\"); })");
        assertInstanceOf(IllegalStateException.class, Results.exception(async));
        assertSame(Results.exception(async), Results.exception(async));
    }

    @Test
    void aCheckedExceptionFromAwaitCanBeCaughtByItsOwnTypeAtTopLevel() {
        ok("String caught = \"nothing\";");
        ok("try {\n  await CompletableFuture.failedFuture(new IOException(\"x\"));\n} catch (IOException e) {\n  caught = e.getMessage();\n}");
        assertEquals("\"x\"", value("caught"));
        ok("try { await CompletableFuture.failedFuture(new java.util.concurrent.TimeoutException(\"t\")); }"
                + " catch (IOException | java.util.concurrent.TimeoutException e) { caught = e.getMessage(); }");
        assertEquals("\"t\"", value("caught"));
    }

    @Test
    void aFutureIsDisplayedNotAwaited() {
        assertEquals("CompletableFuture[pending]", value("new CompletableFuture<String>()"));
        assertEquals("CompletableFuture[completed: \"x\"]", value("CompletableFuture.completedFuture(\"x\")"));
    }
}
