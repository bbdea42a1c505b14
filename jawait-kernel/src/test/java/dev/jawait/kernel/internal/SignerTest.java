package dev.jawait.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.JawaitException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignerTest {
    private static final List<byte[]> PARTS = List.of(bytes("{\"a\":1}"), bytes("{}"), bytes("{}"), bytes("{}"));

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void hmacSha256OfTheFourPartsAsHex() {
        // python3 -c 'import hmac,hashlib; h=hmac.new(b"secret",digestmod=hashlib.sha256);
        //   [h.update(p) for p in [b"{\"a\":1}",b"{}",b"{}",b"{}"]]; print(h.hexdigest())'
        Signer signer = new Signer("secret", "hmac-sha256");
        assertEquals("5439160579203ae5952244a353b0f81b6ca58a3fb44727217799b393ee79601c", signer.sign(PARTS));
        assertTrue(signer.verify(signer.sign(PARTS), PARTS));
    }

    @Test
    void aWrongSignatureOrKeyIsRefused() {
        Signer signer = new Signer("secret", "hmac-sha256");
        assertFalse(signer.verify("00", PARTS));
        assertFalse(signer.verify(new Signer("other", "hmac-sha256").sign(PARTS), PARTS));
        assertFalse(signer.verify("", PARTS));
    }

    @Test
    void anEmptyKeyTurnsSigningOff() {
        Signer signer = new Signer("", "hmac-sha256");
        assertFalse(signer.enabled());
        assertEquals("", signer.sign(PARTS));
        assertTrue(signer.verify("anything", PARTS));
    }

    @Test
    void anUnknownSchemeIsAClearError() {
        assertThrows(JawaitException.class, () -> new Signer("k", "rot13"));
    }
}
