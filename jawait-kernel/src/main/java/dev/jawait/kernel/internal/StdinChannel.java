package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InterruptedIOException;
import java.util.List;

/**
 * Asks the front end for a line of input: an {@code input_request} on the stdin channel,
 * addressed to the client that sent the running {@code execute_request}, then waits for the
 * {@code input_reply} (one whose parent is that request, or without a parent: jupyter_client's
 * {@code input()} sends none). Replies left over from earlier requests are discarded first. The wait ends with {@link InterruptedIOException} when the reading
 * thread is interrupted (an {@code interrupt_request} stops the cell).
 *
 * <p>Thread-safe: one request at a time.
 */
public final class StdinChannel {
    private final Channel channel;

    public StdinChannel(Channel channel) {
        this.channel = channel;
    }

    /** Sends an input request for {@code request} and returns the line the user typed. */
    public String readLine(Message request, String prompt, boolean password) throws InterruptedIOException {
        synchronized (channel.lock()) {
            while (channel.receive(0) != null) {
                // replies to requests nobody waits for any more
            }
            ObjectNode content = Json.object().put("prompt", prompt).put("password", password);
            Message ask = channel.codec().create("input_request", request, content);
            channel.send(ask);
            while (true) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("interrupted while waiting for input");
                }
                List<byte[]> frames = channel.receive(50);
                if (frames == null) {
                    continue;
                }
                try {
                    Message reply = channel.codec().decode(frames);
                    String answers = reply.parentHeader().path("msg_id").asText("");
                    if ("input_reply".equals(reply.type()) && (answers.isEmpty() || answers.equals(ask.id()))) {
                        return reply.content().path("value").asText("");
                    }
                    KernelLog.warn("ignored a " + reply.type() + " on stdin that answers no pending input_request");
                } catch (WireException e) {
                    KernelLog.warn("dropped a message on stdin: " + e.getMessage());
                }
            }
        }
    }
}
