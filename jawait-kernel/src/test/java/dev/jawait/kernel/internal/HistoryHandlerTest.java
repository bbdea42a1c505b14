package dev.jawait.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jawait.Session;
import dev.jawait.history.InMemoryHistory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** {@code history_request} is answered from the store while the session (JShell) is still starting. */
class HistoryHandlerTest {

    @Test
    void aTailIsAnsweredBeforeTheSessionHasStarted() {
        InMemoryHistory history = new InMemoryHistory();
        long earlier = history.startSession();
        history.record(earlier, 1, "var f = CompletableFuture.completedFuture(1);", null);
        history.record(earlier, 2, "await f", "1");
        CountDownLatch neverStarted = new CountDownLatch(1);
        SessionStarter starting = new SessionStarter(() -> {
            try {
                neverStarted.await(); // JShell still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Session.builder().build();
        });
        try {
            ObjectNode content = Json.object().put("hist_access_type", "tail").put("n", 10).put("output", false);
            Message request = new Message(List.of(), Json.object().put("msg_type", "history_request"), Json.object(),
                    Json.object(), content, List.of());
            // without the store opened before the session, this waits for the session for ever
            ObjectNode reply = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> new HistoryHandler(history, starting).history(request));
            assertEquals(List.of("var f = CompletableFuture.completedFuture(1);", "await f"), inputs(reply.get("history")));
        } finally {
            neverStarted.countDown();
        }
    }

    private static List<String> inputs(JsonNode rows) {
        return java.util.stream.StreamSupport.stream(rows.spliterator(), false).map(row -> row.get(2).asText()).toList();
    }
}
