package dev.jawait.kernel.internal;

/** A request the kernel cannot act on (a missing or mistyped field); answered with an error reply. */
final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
        super(message);
    }
}
