package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Publishes on IOPub: status, streams, results, displays and errors, each with the parent header
 * of the request (cell) it belongs to.
 *
 * <p>Thread-safe.
 */
public final class Iopub {
    private final Channel channel;

    public Iopub(Channel channel) {
        this.channel = channel;
    }

    /** Publishes {@code content} as a {@code type} message under {@code parentHeader} (may be empty). */
    public void publish(String type, ObjectNode parentHeader, ObjectNode content) {
        ObjectNode parent = parentHeader == null ? Json.object() : parentHeader;
        byte[] topic = ("kernel." + type).getBytes(StandardCharsets.UTF_8);
        channel.send(channel.codec().create(type, parent, List.of(topic), content));
    }

    /** {@code status} busy or idle for {@code request}. */
    public void status(Message request, String state) {
        ObjectNode content = Json.object().put("execution_state", state);
        publish("status", request == null ? Json.object() : request.header(), content);
    }

    /** A {@code stream} message. */
    public void stream(ObjectNode parentHeader, boolean stderr, String text) {
        publish("stream", parentHeader, Json.object().put("name", stderr ? "stderr" : "stdout").put("text", text));
    }
}
