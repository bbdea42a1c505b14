package dev.jawait.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.CellStatus;
import dev.jawait.Session;
import org.junit.jupiter.api.Test;

/** {@code %autoawait vertx}: cells on a Vert.x virtual-thread context, {@code vertx()} in the session. */
class VertxRunnerTest extends LibrarySession {
    @Override
    String coordinates() {
        return "io.vertx:vertx-core:" + version("vertx");
    }

    @Override
    String imports() {
        return "import io.vertx.core.*; import io.vertx.core.Future; import io.vertx.core.Promise;";
    }

    @Test
    void cellsRunOnAVirtualThreadContextAndAwaitVertxFutures() {
        ok("%autoawait vertx");
        assertEquals(java.util.List.of("jawait autoawait is `on`, and set to use `vertx`"), ok("%autoawait").notices());
        assertEquals("\"VIRTUAL_THREAD\"", value("(await Future.succeededFuture(Vertx.currentContext())).threadingModel().name()"));
        assertEquals("\"tick\"", value("await vertx().timer(50).map(t -> \"tick\")"));
        assertEquals("true", value("await Future.succeededFuture(Thread.currentThread().isVirtual())"));
        ok("%autoawait virtual");
    }

    @Test
    void interruptStopsACellWaitingOnTheContext() throws Exception {
        ok("%autoawait vertx");
        ok("Promise<String> never = Promise.promise();");
        interruptWhileAwaiting("await never.future()");
        assertEquals("true", value("await Future.succeededFuture(never.future().failed())"));
        ok("%autoawait virtual");
    }

    @Test
    void withoutVertxTheRunnerSaysHowToAddIt() {
        try (Session plain = Session.builder().build()) {
            var result = plain.execute("%autoawait vertx");
            assertEquals(CellStatus.FAILED, result.status());
            assertTrue(result.errorText().contains("The `vertx` runner is unavailable: it needs Vert.x 5 on the session's class path: %maven io.vertx:vertx-core"),
                    result.errorText());
        }
    }
}
