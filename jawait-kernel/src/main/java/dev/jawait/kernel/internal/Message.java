package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One Jupyter message: the routing identities it came with (or goes to) and its four JSON parts.
 * The JSON nodes are not copied; treat them as read-only once the message is built.
 *
 * @param identities   ZeroMQ routing prefixes (empty for IOPub)
 * @param header       {@code msg_id}, {@code msg_type}, {@code session}, {@code username}, {@code date}, {@code version}
 * @param parentHeader the header of the request this message answers, or an empty object
 * @param metadata     free-form metadata
 * @param content      the message body
 * @param buffers      extra binary frames
 */
public record Message(List<byte[]> identities, ObjectNode header, ObjectNode parentHeader, ObjectNode metadata,
                      ObjectNode content, List<byte[]> buffers) {

    public Message {
        identities = List.copyOf(identities);
        buffers = List.copyOf(buffers);
    }

    public String type() {
        return header.path("msg_type").asText("");
    }

    public String id() {
        return header.path("msg_id").asText("");
    }

    /** The reply type of a request type ({@code execute_request} → {@code execute_reply}). */
    public String replyType() {
        String type = type();
        return (type.endsWith("_request") ? type.substring(0, type.length() - "_request".length()) : type) + "_reply";
    }
}
