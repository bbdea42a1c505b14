package dev.jawait.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireCodecTest {
    private final WireCodec codec = new WireCodec(new Signer("key", "hmac-sha256"), 10_000);

    private Message request(String type) {
        Message created = codec.create(type, Json.object(), List.of("client".getBytes(StandardCharsets.UTF_8)),
                Json.object().put("code", "1 + 1"));
        return created;
    }

    @Test
    void whatIsEncodedDecodesToTheSameMessage() throws WireException {
        Message sent = request("execute_request");
        Message received = codec.decode(codec.encode(sent));
        assertEquals("execute_request", received.type());
        assertEquals(sent.id(), received.id());
        assertEquals("1 + 1", received.content().path("code").asText());
        assertEquals("client", new String(received.identities().getFirst(), StandardCharsets.UTF_8));
        assertEquals("5.3", received.header().path("version").asText());
        assertEquals("execute_reply", received.replyType());
    }

    @Test
    void aMessageSentAgainIsRefusedAsAReplay() throws WireException {
        List<byte[]> frames = codec.encode(request("execute_request"));
        codec.decode(frames);
        WireException e = assertThrows(WireException.class, () -> codec.decode(frames));
        assertEquals(WireException.Kind.REPLAY, e.kind());
        assertNull(e.partial(), "never answered");
        codec.decode(codec.encode(request("execute_request"))); // a new message is fine
    }

    @Test
    void withoutAKeyThereIsNoReplayCheck() throws WireException {
        WireCodec unsigned = new WireCodec(new Signer("", "hmac-sha256"), 10_000);
        List<byte[]> frames = unsigned.encode(request("execute_request"));
        unsigned.decode(frames);
        unsigned.decode(frames);
    }

    @Test
    void aTamperedMessageFailsItsSignature() {
        List<byte[]> frames = new ArrayList<>(codec.encode(request("execute_request")));
        frames.set(frames.size() - 1, "{\"code\":\"System.exit(1)\"}".getBytes(StandardCharsets.UTF_8));
        WireException e = assertThrows(WireException.class, () -> codec.decode(frames));
        assertEquals(WireException.Kind.SIGNATURE, e.kind());
        assertNull(e.partial());
    }

    @Test
    void malformedContentKeepsTheHeaderForAnErrorReply() {
        Signer signer = new Signer("key", "hmac-sha256");
        byte[] header = ("{\"msg_id\":\"1\",\"msg_type\":\"execute_request\"}").getBytes(StandardCharsets.UTF_8);
        byte[] content = "{\"code\": ".getBytes(StandardCharsets.UTF_8);
        List<byte[]> signed = List.of(header, "{}".getBytes(), "{}".getBytes(), content);
        List<byte[]> frames = new ArrayList<>(List.of("<IDS|MSG>".getBytes(), signer.sign(signed).getBytes()));
        frames.addAll(signed);
        WireException e = assertThrows(WireException.class, () -> codec.decode(frames));
        assertEquals(WireException.Kind.MALFORMED, e.kind());
        assertNotNull(e.partial());
        assertEquals("execute_reply", e.partial().replyType());
    }

    @Test
    void framesWithoutDelimiterOrTooLargeAreRefused() {
        assertEquals(WireException.Kind.FRAMING, assertThrows(WireException.class,
                () -> codec.decode(List.of("x".getBytes()))).kind());
        Message big = codec.create("execute_request", Json.object(), List.of(), Json.object().put("code", "x".repeat(20_000)));
        assertEquals(WireException.Kind.TOO_LARGE, assertThrows(WireException.class,
                () -> codec.decode(codec.encode(big))).kind());
    }
}
