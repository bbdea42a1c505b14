package dev.jawait.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Recognises image bytes (PNG, JPEG, GIF, SVG) and reads their size from the header, for
 * {@code image(…)} and for the placeholders that stand for images in text.
 *
 * <p>Stateless and thread-safe.
 */
final class ImageBytes {
    private ImageBytes() {}

    /** The MIME type of {@code bytes}, or null when they are none of PNG, JPEG, GIF, SVG. */
    static String type(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("<svg") || (head.startsWith("<?xml") || head.startsWith("<!")) && head.contains("<svg")) {
            return "image/svg+xml";
        }
        return null;
    }

    /** "640×480" for a PNG or GIF, else the size in bytes ("12,345 bytes"). */
    static String describe(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G') && bytes.length >= 24) {
            return bigEndian(bytes, 16) + "×" + bigEndian(bytes, 20);
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8') && bytes.length >= 10) {
            return littleEndian16(bytes, 6) + "×" + littleEndian16(bytes, 8);
        }
        return String.format("%,d bytes", bytes.length);
    }

    /** {@link #describe(byte[])} of base64 content, or "" when it is not base64. */
    static String describeBase64(String base64) {
        try {
            return describe(Base64.getMimeDecoder().decode(base64));
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long bigEndian(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static int littleEndian16(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8);
    }
}
