package dev.jawait.kernel.internal;

import dev.jawait.JawaitException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies Jupyter messages: an HMAC (the connection file's {@code signature_scheme},
 * e.g. {@code hmac-sha256}) over the header, parent header, metadata and content frames, as
 * lower-case hex. An empty key turns signing off (the signature is empty and not checked).
 *
 * <p>Thread-safe: each call works on its own {@link Mac}.
 */
public final class Signer {
    private final Mac prototype;

    public Signer(String key, String scheme) {
        if (key.isEmpty()) {
            prototype = null;
            return;
        }
        if (!scheme.startsWith("hmac-")) {
            throw new JawaitException("unsupported signature scheme `" + scheme + "` (expected hmac-sha256)");
        }
        String algorithm = "Hmac" + scheme.substring(5).toUpperCase(java.util.Locale.ROOT);
        try {
            prototype = Mac.getInstance(algorithm);
            prototype.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
        } catch (GeneralSecurityException e) {
            throw new JawaitException("unsupported signature scheme `" + scheme + "`: " + e.getMessage(), e);
        }
    }

    /** Whether messages are signed at all. */
    public boolean enabled() {
        return prototype != null;
    }

    /** The signature of the four JSON frames, or "" when signing is off. */
    public String sign(List<byte[]> parts) {
        if (prototype == null) {
            return "";
        }
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        for (byte[] part : parts) {
            mac.update(part);
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** Whether {@code signature} is right for the frames (in constant time); always true when signing is off. */
    public boolean verify(String signature, List<byte[]> parts) {
        if (prototype == null) {
            return true;
        }
        return MessageDigest.isEqual(sign(parts).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
