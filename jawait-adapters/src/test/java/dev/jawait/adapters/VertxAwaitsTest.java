package dev.jawait.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class VertxAwaitsTest extends LibrarySession {
    @Override
    String coordinates() {
        return "io.vertx:vertx-core:" + version("vertx");
    }

    @Override
    String imports() {
        return "import io.vertx.core.*; import io.vertx.core.Future; import io.vertx.core.Promise;";
    }

    @Test
    void awaitFutureGivesItsValueWithItsStaticType() {
        ok("var s = await Future.succeededFuture(\"vertx\");");
        assertEquals("5", value("s.length()"));
        ok("Vertx vx = Vertx.vertx();");
        try {
            assertEquals("\"timer\"", value("await vx.timer(50).map(t -> \"timer\")"));
        } finally {
            ok("vx.close();");
        }
    }

    @Test
    void aFailedFutureRethrowsTheOriginalException() {
        assertInstanceOf(IOException.class, failure("await Future.<String>failedFuture(new IOException(\"boom\"))"));
    }

    @Test
    void awaitingOnAnEventLoopThreadIsAClearErrorNotABlock() {
        ok("Vertx loopVx = Vertx.vertx(); var outcome = new CompletableFuture<String>();");
        try {
            ok("loopVx.runOnContext(v -> { try { outcome.complete(await Future.succeededFuture(\"no error\")); }"
                    + " catch (Throwable t) { outcome.complete(t.getMessage()); } });");
            String message = value("await outcome");
            assertTrue(message.contains("event-loop thread") && message.contains("%autoawait vertx"), message);
        } finally {
            ok("loopVx.close();");
        }
    }

    @Test
    void interruptFailsThePromiseWithACancellation() throws Exception {
        ok("Promise<String> promise = Promise.promise();");
        interruptWhileAwaiting("await promise.future()");
        assertEquals("true", value("promise.future().failed() && promise.future().cause() instanceof CancellationException"));
    }
}
