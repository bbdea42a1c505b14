package dev.jawait.kernel.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Turns ZeroMQ frames into {@link Message}s and back, per the Jupyter wire protocol:
 * {@code [identities…, "<IDS|MSG>", hmac, header, parent_header, metadata, content, buffers…]}.
 * The signature is checked before any JSON is parsed, and a signed message whose signature was
 * seen before (one sent again: a replay) is refused, as jupyter_client's digest history does.
 *
 * <p>Thread-safe (immutable; the signer and mapper are thread-safe).
 */
public final class WireCodec {
    /** The protocol version this kernel speaks. */
    public static final String PROTOCOL_VERSION = "5.3";
    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

    private final Signer signer;
    private final String session = UUID.randomUUID().toString();
    private final long maxBytes;
    private final DigestHistory digests;

    /**
     * @param maxBytes the largest message (all frames together) accepted; larger ones are refused
     *                 with {@link WireException.Kind#TOO_LARGE}
     */
    public WireCodec(Signer signer, long maxBytes) {
        this(signer, maxBytes, DigestHistory.DEFAULT_CAPACITY);
    }

    /** @param digestHistory how many signatures of accepted messages are remembered to refuse replays */
    WireCodec(Signer signer, long maxBytes, int digestHistory) {
        this.signer = signer;
        this.maxBytes = maxBytes;
        this.digests = new DigestHistory(digestHistory);
    }

    /** Reads a received multipart message. */
    public Message decode(List<byte[]> frames) throws WireException {
        int delimiter = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0 || frames.size() < delimiter + 6) {
            throw new WireException(WireException.Kind.FRAMING,
                    "not a Jupyter message (" + frames.size() + " frames, no <IDS|MSG> and five parts after it)", null);
        }
        List<byte[]> identities = frames.subList(0, delimiter);
        List<byte[]> signed = frames.subList(delimiter + 2, delimiter + 6);
        String signature = new String(frames.get(delimiter + 1), StandardCharsets.US_ASCII);
        if (!signer.verify(signature, signed)) {
            throw new WireException(WireException.Kind.SIGNATURE, "invalid message signature", null);
        }
        ObjectNode header = object(signed.get(0), "header", identities, null);
        if (signer.enabled() && !digests.add(signature)) {
            throw new WireException(WireException.Kind.REPLAY, "a replayed message: " + header.path("msg_type").asText("?")
                    + " " + header.path("msg_id").asText("?") + " came before with the same signature", null);
        }
        long size = frames.stream().mapToLong(f -> f.length).sum();
        Message headerOnly = new Message(identities, header, Json.object(), Json.object(), Json.object(), List.of());
        if (size > maxBytes) {
            throw new WireException(WireException.Kind.TOO_LARGE, "message of " + size + " bytes is larger than the "
                    + maxBytes + " bytes the kernel accepts", headerOnly);
        }
        if (header.path("msg_type").asText("").isEmpty() || header.path("msg_id").asText("").isEmpty()) {
            throw new WireException(WireException.Kind.MALFORMED, "the header has no msg_type or msg_id", null);
        }
        ObjectNode parent = object(signed.get(1), "parent_header", identities, headerOnly);
        ObjectNode metadata = object(signed.get(2), "metadata", identities, headerOnly);
        ObjectNode content = object(signed.get(3), "content", identities, headerOnly);
        return new Message(identities, header, parent, metadata, content,
                frames.subList(delimiter + 6, frames.size()));
    }

    private static ObjectNode object(byte[] frame, String part, List<byte[]> identities, Message partial)
            throws WireException {
        try {
            JsonNode node = Json.MAPPER.readTree(frame);
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw new WireException(WireException.Kind.MALFORMED, "the " + part + " is not a JSON object", partial);
        } catch (JsonProcessingException e) {
            throw new WireException(WireException.Kind.MALFORMED,
                    "the " + part + " is not valid JSON: " + e.getOriginalMessage(), partial);
        } catch (java.io.IOException e) {
            throw new WireException(WireException.Kind.MALFORMED, "the " + part + " cannot be read", partial);
        }
    }

    /** Frames to send, signed. */
    public List<byte[]> encode(Message message) {
        List<byte[]> signed = List.of(bytes(message.header()), bytes(message.parentHeader()),
                bytes(message.metadata()), bytes(message.content()));
        List<byte[]> frames = new ArrayList<>(message.identities().size() + 6 + message.buffers().size());
        frames.addAll(message.identities());
        frames.add(DELIMITER);
        frames.add(signer.sign(signed).getBytes(StandardCharsets.US_ASCII));
        frames.addAll(signed);
        frames.addAll(message.buffers());
        return frames;
    }

    private static byte[] bytes(ObjectNode node) {
        try {
            return Json.MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A new message from the kernel, answering {@code parent} (or unparented when null). */
    public Message create(String type, Message parent, ObjectNode content) {
        return create(type, parent == null ? Json.object() : parent.header(),
                parent == null ? List.of() : parent.identities(), content);
    }

    /** A new message with an explicit parent header and routing identities. */
    public Message create(String type, ObjectNode parentHeader, List<byte[]> identities, ObjectNode content) {
        ObjectNode header = Json.object();
        header.put("msg_id", UUID.randomUUID().toString());
        header.put("session", session);
        header.put("username", "jawait");
        header.put("date", Instant.now().toString());
        header.put("msg_type", type);
        header.put("version", PROTOCOL_VERSION);
        return new Message(identities, header, parentHeader, Json.object(), content, List.of());
    }
}
