package dev.jawait.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * IOPub over a real loopback connection, the kernel's socket options on one side and a plain SUB
 * on the other: nothing is dropped, however fast the kernel publishes and however late the
 * subscriber reads (ZeroMQ's default drops past 1,000 queued messages).
 */
class IopubDeliveryTest {
    private final ZContext context = new ZContext();
    private final WireCodec codec = new WireCodec(new Signer("key", "hmac-sha256"), 1 << 30);
    private Iopub iopub;
    private ZMQ.Socket subscriber;

    @BeforeEach
    void connect() {
        ZMQ.Socket publisher = KernelServer.withKernelOptions(context.createSocket(SocketType.PUB), SocketType.PUB);
        int port = publisher.bindToRandomPort("tcp://127.0.0.1");
        iopub = new Iopub(new Channel("iopub", publisher, codec));
        subscriber = context.createSocket(SocketType.SUB);
        subscriber.setRcvHWM(10);
        subscriber.setReceiveBufferSize(64 * 1024);
        subscriber.subscribe(new byte[0]);
        subscriber.connect("tcp://127.0.0.1:" + port);
        // a subscription takes effect some time after connect: publish probes until one arrives
        subscriber.setReceiveTimeOut(100);
        while (receive() == null) {
            iopub.publish("probe", Json.object(), Json.object());
        }
        subscriber.setReceiveTimeOut(60_000); // not a timing bound: turns a lost idle status into a failure
    }

    @AfterEach
    void close() throws InterruptedException {
        iopub.close(0);
        context.close();
    }

    private Message receive() {
        byte[] first = subscriber.recv(0);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>(List.of(first));
        while (subscriber.hasReceiveMore()) {
            frames.add(subscriber.recv(0));
        }
        try {
            return codec.decode(frames);
        } catch (WireException e) {
            throw new AssertionError(e);
        }
    }

    /** The messages of {@code cell}, up to and including its idle status. */
    private List<Message> untilIdle(String cell) {
        List<Message> got = new ArrayList<>();
        while (true) {
            Message m = receive();
            assertNotNull(m, "no idle status: " + got.size() + " messages of " + cell + " arrived, then nothing");
            if (!m.parentHeader().path("msg_id").asText().equals(cell)) {
                continue;
            }
            got.add(m);
            if (m.type().equals("status") && m.content().path("execution_state").asText().equals("idle")) {
                return got;
            }
        }
    }

    @Test
    void aMillionPrintedLinesAllArriveInOrderInFewMessagesAndIdleLast() {
        ObjectNode cell = Json.object().put("msg_id", "million");
        int n = 1_000_000;
        Thread.ofPlatform().start(() -> {
            for (int i = 0; i < n; i++) {
                iopub.stream(cell, false, "line " + i + "\n");
            }
            iopub.publish("status", cell, Json.object().put("execution_state", "idle"));
        });
        List<Message> got = untilIdle("million");
        List<Message> streams = got.stream().filter(m -> m.type().equals("stream")).toList();
        assertEquals(got.size() - 1, streams.size(), "only streams before the idle status");
        StringBuilder text = new StringBuilder();
        streams.forEach(stream -> text.append(stream.content().path("text").asText()));
        int expected = 0;
        for (String line : text.toString().split("\n")) {
            assertEquals("line " + expected, line);
            expected++;
        }
        assertEquals(n, expected);
        assertTrue(streams.size() <= n / 100, streams.size() + " stream messages for " + n + " lines");
    }

    @Test
    void aSubscriberThatDoesNotReadMakesTheWriterWaitAndThenGetsEveryMessage() {
        ObjectNode cell = Json.object().put("msg_id", "late");
        int n = 10_000; // ten times ZeroMQ's default high-water mark, 10 MB
        String payload = "p".repeat(1024);
        AtomicInteger published = new AtomicInteger();
        Thread writer = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < n; i++) {
                iopub.publishOutput("display_data", cell, Json.object().put("n", i).put("payload", payload));
                published.incrementAndGet();
            }
            iopub.publish("status", cell, Json.object().put("execution_state", "idle"));
        });
        // back-pressure: with nobody reading, the writer comes to wait (rather than the socket dropping)
        while (writer.getState() != Thread.State.WAITING || published.get() < IopubQueue.LIMIT / IopubQueue.MESSAGE_WEIGHT) {
            assertTrue(writer.isAlive(), "the writer published all " + n + " messages without anyone reading");
            Thread.onSpinWait();
        }
        assertTrue(published.get() < n);
        List<Message> got = untilIdle("late");
        assertEquals(n + 1, got.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i, got.get(i).content().path("n").asInt());
        }
    }
}
