package dev.jawait.analysis;

/**
 * A malformed {@code await} or {@code for await} construct found by {@link AwaitRewriter}: where
 * it is in the rewritten source (offset, 1-based line and column) and what is wrong. The only
 * exception the rewriter throws. Immutable, so safe to share between threads.
 */
public final class AwaitSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int offset;
    private final int line;
    private final int column;

    AwaitSyntaxException(String message, String source, int offset) {
        super(message);
        this.offset = Math.clamp(offset, 0, source.length());
        int[] lc = Lines.lineAndColumn(source, this.offset);
        this.line = lc[0];
        this.column = lc[1];
    }

    /** Offset of the problem in the source given to the rewriter. */
    public int offset() {
        return offset;
    }

    /** 1-based line of the problem. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem (in UTF-16 chars). */
    public int column() {
        return column;
    }
}
