package dev.jawait.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Replies on a ROUTER socket with the kernel's options, to a client over a real loopback
 * connection: a reply to a client that has left does not wait for it (Notebook 6's restart closes
 * its transient shell socket while the new kernel is still answering it, and the kernel hung).
 */
class RouterReplyTest {
    private final ZContext context = new ZContext();
    private final WireCodec codec = new WireCodec(new Signer("key", "hmac-sha256"), 1 << 30);

    @AfterEach
    void close() {
        context.close();
    }

    private static Message request(String id) {
        return new Message(List.of(), Json.object().put("msg_id", id).put("msg_type", "kernel_info_request"),
                Json.object(), Json.object(), Json.object(), List.of());
    }

    @Test
    void aReplyToAClientThatHasLeftIsDroppedNotWaitedFor() throws Exception {
        ZMQ.Socket router = KernelServer.withKernelOptions(context.createSocket(SocketType.ROUTER), SocketType.ROUTER);
        int port = router.bindToRandomPort("tcp://127.0.0.1");
        ZMQ.Socket monitor = context.createSocket(SocketType.PAIR);
        router.monitor("inproc://router-events", ZMQ.EVENT_DISCONNECTED);
        monitor.connect("inproc://router-events");
        Channel shell = new Channel("shell", router, codec);

        ZMQ.Socket client = context.createSocket(SocketType.DEALER);
        client.setIdentity("leaving".getBytes());
        client.connect("tcp://127.0.0.1:" + port);
        for (String id : List.of("first", "second")) {
            List<byte[]> frames = codec.encode(request(id));
            for (int i = 0; i < frames.size() - 1; i++) {
                client.sendMore(frames.get(i));
            }
            client.send(frames.getLast());
        }
        List<byte[]> first = shell.receive(60_000); // the second request stays unread, as in a busy shell loop
        assertArrayEquals("leaving".getBytes(), first.getFirst());
        client.setLinger(0);
        client.close();
        ZMQ.Event.recv(monitor); // the kernel's side has seen the client leave

        Message reply = codec.decode(first);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            // before the fix: the pipe to the departed client stays unwritable until the socket reads
            // again, and the first or second send waited for it forever
            shell.send(new Message(reply.identities(), request("reply-1").header(), reply.header(),
                    Json.object(), Json.object(), List.of()));
            shell.send(new Message(reply.identities(), request("reply-2").header(), reply.header(),
                    Json.object(), Json.object(), List.of()));
        }, "a reply to a client that has left waited for it");
    }
}
