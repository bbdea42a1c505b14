package dev.jawait.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ReactorAwaitsTest extends LibrarySession {
    @Override
    String coordinates() {
        return "io.projectreactor:reactor-core:" + version("reactor");
    }

    @Override
    String imports() {
        return "import reactor.core.publisher.*; import java.util.concurrent.atomic.*;";
    }

    @Test
    void awaitMonoGivesItsValueWithItsStaticType() {
        ok("var s = await Mono.just(\"x\");");
        assertEquals("1", value("s.length()"));
        assertEquals("\"hi\"", value("await Mono.just(\"hi\").delayElement(Duration.ofMillis(100))"));
        assertEquals("null", value("await Mono.<String>empty()"));
    }

    @Test
    void aFailedMonoRethrowsTheOriginalException() {
        Throwable error = failure("await Mono.<String>error(new IOException(\"boom\"))");
        assertInstanceOf(IOException.class, error);
        assertEquals("boom", error.getMessage());
        ok("String caught = null; try { await Mono.<String>error(new IOException(\"bang\")); } catch (IOException e) { caught = e.getMessage(); }");
        assertEquals("\"bang\"", value("caught"));
    }

    @Test
    void forAwaitIteratesAFluxAndBreakCancelsIt() {
        ok("var cancelled = new AtomicBoolean(); var seen = new ArrayList<Integer>();");
        ok("for await (var x : Flux.range(1, 1_000).doOnCancel(() -> cancelled.set(true))) { seen.add(x); if (x == 3) break; }");
        assertEquals("\"[1, 2, 3] true\"", value("seen + \" \" + cancelled.get()"));
    }

    @Test
    void awaitingAFluxPointsToForAwait() {
        Throwable error = failure("await Flux.just(1, 2)");
        assertInstanceOf(IllegalStateException.class, error);
        assertTrue(error.getMessage().contains("for await") && error.getMessage().contains("collectList()"), error.getMessage());
    }

    @Test
    void withAdaptersActiveCompileErrorsStillSpeakOfAwait() {
        var notAwaitable = session.execute("await 42");
        assertEquals(dev.jawait.CellStatus.COMPILE_ERROR, notAwaitable.status());
        assertTrue(notAwaitable.errorText().contains("`await` cannot wait for int: it is not awaitable"), notAwaitable.errorText());
        var notIterable = session.execute("for await (var x : List.of(1)) { }");
        assertTrue(notIterable.errorText().contains("`for await` cannot iterate over"), notIterable.errorText());
        assertTrue(!notIterable.errorText().contains("jawait$"), notIterable.errorText());
    }

    @Test
    void interruptCancelsAMonoThatNeverCompletes() throws Exception {
        ok("var neverCancelled = new AtomicBoolean();");
        interruptWhileAwaiting("await Mono.never().doOnCancel(() -> neverCancelled.set(true))");
        assertEquals("true", value("neverCancelled.get()"));
    }
}
