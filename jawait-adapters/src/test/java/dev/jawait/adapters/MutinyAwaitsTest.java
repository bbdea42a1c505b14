package dev.jawait.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class MutinyAwaitsTest extends LibrarySession {
    @Override
    String coordinates() {
        return "io.smallrye.reactive:mutiny:" + version("mutiny");
    }

    @Override
    String imports() {
        return "import io.smallrye.mutiny.*; import java.util.concurrent.atomic.*;";
    }

    @Test
    void awaitUniGivesItsItemWithItsStaticType() {
        ok("var s = await Uni.createFrom().item(\"four\");");
        assertEquals("4", value("s.length()"));
        assertEquals("\"later\"", value("await Uni.createFrom().item(\"later\").onItem().delayIt().by(Duration.ofMillis(50))"));
    }

    @Test
    void aFailedUniRethrowsTheOriginalException() {
        Throwable error = failure("await Uni.createFrom().<String>failure(new IOException(\"boom\"))");
        assertInstanceOf(IOException.class, error);
    }

    @Test
    void forAwaitIteratesAMultiAndBreakCancelsIt() {
        ok("var cancelled = new AtomicBoolean(); var seen = new ArrayList<Integer>();");
        ok("for await (var x : Multi.createFrom().range(1, 1_000).onCancellation().invoke(() -> cancelled.set(true))) { seen.add(x); if (x == 3) break; }");
        assertEquals("\"[1, 2, 3] true\"", value("seen + \" \" + cancelled.get()"));
    }

    @Test
    void awaitingAMultiPointsToForAwait() {
        Throwable error = failure("await Multi.createFrom().items(1, 2)");
        assertTrue(error.getMessage().contains("for await") && error.getMessage().contains("collect()"), error.getMessage());
    }

    @Test
    void interruptCancelsAUniThatNeverCompletes() throws Exception {
        ok("var uniCancelled = new AtomicBoolean();");
        interruptWhileAwaiting("await Uni.createFrom().nothing().onCancellation().invoke(() -> uniCancelled.set(true))");
        assertEquals("true", value("uniCancelled.get()"));
    }
}
