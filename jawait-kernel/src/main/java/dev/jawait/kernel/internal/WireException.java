package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A message that could not be accepted: a bad signature or a replay (never answered), or a malformed one, whose
 * header (when it could be read) lets the kernel answer with an error reply.
 *
 * <p>Immutable.
 */
public final class WireException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the message was refused. */
    public enum Kind {
        /** No {@code <IDS|MSG>} delimiter or too few frames. */
        FRAMING,
        /** The HMAC does not match. */
        SIGNATURE,
        /** Correctly signed, but a message with the same signature came before: a replay. */
        REPLAY,
        /** Larger than the kernel accepts. */
        TOO_LARGE,
        /** A JSON frame does not parse or is not an object. */
        MALFORMED
    }

    private final transient Message partial;
    private final Kind kind;

    WireException(Kind kind, String message, Message partial) {
        super(message);
        this.kind = kind;
        this.partial = partial;
    }

    public Kind kind() {
        return kind;
    }

    /** What could be read (identities and header, empty content), to address an error reply; or null. */
    public Message partial() {
        return partial;
    }

    static ObjectNode emptyObject() {
        return Json.object();
    }
}
