package dev.jawait.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The queue with a clock the test moves by hand: no waiting on real time. */
class IopubQueueTest {
    private static final long INTERVAL = 50;
    private final AtomicLong now = new AtomicLong(1_000);
    private final IopubQueue queue = new IopubQueue(now::get, INTERVAL);

    private static ObjectNode cell(String id) {
        return Json.object().put("msg_id", id);
    }

    private List<IopubQueue.Outgoing> drain() {
        List<IopubQueue.Outgoing> out = new ArrayList<>();
        IopubQueue.Outgoing next;
        while ((next = queue.poll(now.get())) != null) {
            out.add(next);
        }
        return out;
    }

    private static String text(IopubQueue.Outgoing message) {
        return message.content().path("text").asText();
    }

    @Test
    void textPrintedInOneCellGoesOutAsOneMessageWhenTheIntervalIsOver() {
        for (int i = 0; i < 1000; i++) {
            queue.stream(cell("a"), "stdout", "line " + i + "\n");
        }
        assertNull(queue.poll(now.get()), "held while younger than the interval");
        assertEquals(INTERVAL, queue.nanosUntilReady(now.get()));
        now.addAndGet(INTERVAL);
        List<IopubQueue.Outgoing> out = drain();
        assertEquals(1, out.size());
        assertEquals("stream", out.getFirst().type());
        assertEquals("stdout", out.getFirst().content().path("name").asText());
        assertEquals(1000, text(out.getFirst()).lines().count());
        assertEquals("a", out.getFirst().parentHeader().path("msg_id").asText());
    }

    @Test
    void anythingElseOfTheCellSendsItsTextAtOnceAndAfterIt() {
        queue.stream(cell("a"), "stdout", "printed\n");
        queue.add("status", cell("a"), Json.object().put("execution_state", "idle"), false);
        List<IopubQueue.Outgoing> out = drain();
        assertEquals(List.of("stream", "status"), out.stream().map(IopubQueue.Outgoing::type).toList());
    }

    @Test
    void anotherCellsMessagesDoNotCutTheText() {
        queue.stream(cell("a"), "stdout", "1\n");
        queue.add("status", cell("b"), Json.object().put("execution_state", "busy"), false);
        queue.stream(cell("a"), "stdout", "2\n");
        queue.stream(cell("b"), "stdout", "b\n");
        assertEquals(List.of(), drain(), "the head is a's text, not yet due");
        now.addAndGet(INTERVAL);
        List<IopubQueue.Outgoing> out = drain();
        assertEquals(List.of("stream", "status", "stream"), out.stream().map(IopubQueue.Outgoing::type).toList());
        assertEquals("1\n2\n", text(out.get(0)));
        assertEquals("b\n", text(out.get(2)));
    }

    @Test
    void stdoutAndStderrKeepTheirOrder() {
        queue.stream(cell("a"), "stdout", "o1\n");
        queue.stream(cell("a"), "stderr", "e1\n");
        queue.stream(cell("a"), "stdout", "o2\n");
        now.addAndGet(INTERVAL);
        List<String> out = drain().stream().map(m -> m.content().path("name").asText() + ":" + text(m)).toList();
        assertEquals(List.of("stdout:o1\n", "stderr:e1\n", "stdout:o2\n"), out);
    }

    @Test
    void aFullChunkGoesOutAtOnceAndLongTextIsSplitWithoutBreakingCharacters() {
        String smile = "\uD83D\uDE00";
        StringBuilder big = new StringBuilder("x".repeat(IopubQueue.CHUNK_CHARS - 1)).append(smile);
        big.append("y".repeat(IopubQueue.CHUNK_CHARS * 2));
        queue.stream(cell("a"), "stdout", big.toString());
        List<IopubQueue.Outgoing> out = drain();
        assertEquals(3, out.size(), "the full chunks (the first one a character short, not to split the pair), at once");
        now.addAndGet(INTERVAL);
        out.addAll(drain());
        assertEquals(big.toString(), String.join("", out.stream().map(IopubQueueTest::text).toList()));
        for (IopubQueue.Outgoing chunk : out) {
            assertTrue(text(chunk).length() <= IopubQueue.CHUNK_CHARS);
            assertFalse(Character.isHighSurrogate(text(chunk).charAt(text(chunk).length() - 1)));
        }
    }

    @Test
    void aWriterWaitsWhileTheQueueIsFullAndGoesOnWhenItIsTaken() throws Exception {
        String chunk = "z".repeat(IopubQueue.CHUNK_CHARS);
        for (int i = 0; i < IopubQueue.LIMIT / IopubQueue.CHUNK_CHARS; i++) {
            queue.stream(cell("a"), "stdout", chunk);
        }
        AtomicBoolean written = new AtomicBoolean();
        Thread writer = Thread.ofPlatform().start(() -> {
            queue.stream(cell("a"), "stdout", "one more\n");
            written.set(true);
        });
        awaitWaiting(writer);
        assertFalse(written.get());
        assertEquals(IopubQueue.LIMIT / IopubQueue.CHUNK_CHARS, queue.size());
        assertTrue(queue.poll(now.get()) != null);
        writer.join();
        assertTrue(written.get());
    }

    @Test
    void anInterruptedWriterQueuesItsTextAndKeepsItsInterrupt() throws Exception {
        String chunk = "z".repeat(IopubQueue.CHUNK_CHARS);
        for (int i = 0; i < IopubQueue.LIMIT / IopubQueue.CHUNK_CHARS; i++) {
            queue.stream(cell("a"), "stdout", chunk);
        }
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread writer = Thread.ofPlatform().start(() -> {
            queue.stream(cell("b"), "stdout", "not lost\n");
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        awaitWaiting(writer);
        writer.interrupt();
        writer.join();
        assertTrue(stillInterrupted.get());
        now.addAndGet(INTERVAL);
        assertEquals("not lost\n", text(drain().getLast()));
    }

    @Test
    void theKernelsOwnMessagesNeverWait() {
        String chunk = "z".repeat(IopubQueue.CHUNK_CHARS);
        for (int i = 0; i < IopubQueue.LIMIT / IopubQueue.CHUNK_CHARS; i++) {
            queue.stream(cell("a"), "stdout", chunk);
        }
        queue.add("status", cell("a"), Json.object().put("execution_state", "idle"), false);
        assertEquals("status", drain().getLast().type());
    }

    @Test
    void closingSendsEverythingAtOnceThenEnds() throws Exception {
        queue.stream(cell("a"), "stdout", "last words\n");
        queue.close();
        assertEquals("last words\n", text(queue.take()));
        assertNull(queue.take());
    }

    /** Waits until {@code thread} is parked (in the queue's wait), by looking at its state. */
    private static void awaitWaiting(Thread thread) {
        while (thread.getState() != Thread.State.WAITING) {
            assertTrue(thread.isAlive(), "the writer did not wait");
            Thread.onSpinWait();
        }
    }
}
