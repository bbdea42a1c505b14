package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Publishes on IOPub: status, streams, results, displays and errors, each with the parent header
 * of the request (cell) it belongs to. Messages go through an {@link IopubQueue} (stream text
 * coalesced, output of cells back-pressured when it is full) to one sender thread, which owns the
 * socket and waits for slow subscribers rather than dropping (the socket is {@code XPUB_NODROP}).
 *
 * <p>Thread-safe; starts its sender thread when built.
 */
public final class Iopub {
    private final Channel channel;
    private final IopubQueue queue = new IopubQueue();
    private final Thread sender;

    public Iopub(Channel channel) {
        this.channel = channel;
        this.sender = Thread.ofPlatform().daemon().name("jawait-iopub").start(this::sendAll);
    }

    /**
     * Publishes the kernel's own {@code type} message (status, {@code execute_input}, a result, an
     * error) under {@code parentHeader} (may be empty); never waits.
     */
    public void publish(String type, ObjectNode parentHeader, ObjectNode content) {
        queue.add(type, parentHeader, content, false);
    }

    /** {@link #publish(String, ObjectNode, ObjectNode)} with the message's {@code metadata} and binary {@code buffers} (a comm message's). */
    public void publish(String type, ObjectNode parentHeader, ObjectNode content, ObjectNode metadata, List<byte[]> buffers) {
        queue.add(new IopubQueue.Outgoing(type, parentHeader, content, metadata, buffers), false);
    }

    /** Publishes output of a cell (a display, {@code clear_output}): waits while too much output is queued. */
    public void publishOutput(String type, ObjectNode parentHeader, ObjectNode content) {
        queue.add(type, parentHeader, content, true);
    }

    /** {@code status} busy or idle for {@code request}. */
    public void status(Message request, String state) {
        ObjectNode content = Json.object().put("execution_state", state);
        publish("status", request == null ? Json.object() : request.header(), content);
    }

    /** Stream text (coalesced into {@code stream} messages); waits while too much output is queued. */
    public void stream(ObjectNode parentHeader, boolean stderr, String text) {
        queue.stream(parentHeader, stderr ? "stderr" : "stdout", text);
    }

    private void sendAll() {
        try {
            IopubQueue.Outgoing next;
            while ((next = queue.take()) != null) {
                try {
                    byte[] topic = ("kernel." + next.type()).getBytes(StandardCharsets.UTF_8);
                    Message message = channel.codec().create(next.type(), next.parentHeader(), List.of(topic), next.content());
                    channel.send(new Message(message.identities(), message.header(), message.parentHeader(),
                            next.metadata(), message.content(), next.buffers()));
                } catch (RuntimeException e) {
                    KernelLog.warn("could not publish on iopub: a " + next.type() + " message: " + e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Sends what is queued (waiting at most {@code drainMillis} for subscribers to read it), then
     * stops the sender; what could not be sent is logged. For shutdown, before the socket closes.
     */
    public void close(long drainMillis) throws InterruptedException {
        queue.close();
        if (drainMillis > 0) {
            sender.join(drainMillis);
        }
        if (sender.isAlive()) {
            channel.stopWaiting();
            sender.join();
        }
        int left = queue.size();
        if (left > 0) {
            KernelLog.warn("could not publish on iopub: " + left + " messages were still queued at shutdown");
        }
    }
}
