package dev.jawait.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class GuavaAwaitsTest extends LibrarySession {
    @Override
    String coordinates() {
        return "com.google.guava:guava:" + version("guava");
    }

    @Override
    String imports() {
        return "import com.google.common.util.concurrent.*;";
    }

    @Test
    void awaitListenableFutureGivesItsValueWithItsStaticType() {
        ok("ListenableFuture<String> f = Futures.immediateFuture(\"guava\");");
        ok("var s = await f;");
        assertEquals("5", value("s.length()"));
    }

    @Test
    void aFailedFutureRethrowsTheOriginalException() {
        assertInstanceOf(IOException.class, failure("await Futures.<String>immediateFailedFuture(new IOException(\"boom\"))"));
    }

    @Test
    void interruptCancelsTheFuture() throws Exception {
        ok("SettableFuture<String> pending = SettableFuture.create();");
        interruptWhileAwaiting("await pending");
        assertEquals("true", value("pending.isCancelled()"));
    }
}
