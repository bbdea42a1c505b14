package dev.jawait.analysis;

import java.util.Objects;

/**
 * One snippet of a cell, ready to hand to JShell: its rewritten code and where it came from.
 * Immutable and thread-safe.
 */
public final class SnippetSource {

    private final String code;
    private final String originalText;
    private final int startOffset;
    private final boolean needsAsync;
    private final SnippetShape shape;
    private final PositionMap map;

    SnippetSource(String code, String originalText, int startOffset, boolean needsAsync,
                  SnippetShape shape, PositionMap map) {
        this.code = Objects.requireNonNull(code);
        this.originalText = Objects.requireNonNull(originalText);
        this.startOffset = startOffset;
        this.needsAsync = needsAsync;
        this.shape = Objects.requireNonNull(shape);
        this.map = Objects.requireNonNull(map);
    }

    /** What to hand JShell: the rewritten snippet, with a {@code ;} appended when it needs one. */
    public String code() {
        return code;
    }

    /** The user's text of this snippet, exactly as in the cell. */
    public String originalText() {
        return originalText;
    }

    /** Where the snippet starts in the cell source. */
    public int startOffset() {
        return startOffset;
    }

    /** Whether this snippet's top-level code (lambdas included) awaits. */
    public boolean needsAsync() {
        return needsAsync;
    }

    /** What kind of source this snippet is. */
    public SnippetShape shape() {
        return shape;
    }

    /**
     * Maps an offset in {@link #code()} (a JShell diagnostic position, say) to an offset in the
     * cell source. Offsets past the rewritten text (the appended {@code ;}) map to the snippet's end.
     */
    public int toCellOffset(int codeOffset) {
        return startOffset + map.toOriginal(codeOffset);
    }

    PositionMap map() {
        return map;
    }

    @Override
    public String toString() {
        return "SnippetSource[" + shape + " @" + startOffset + ": " + code + "]";
    }
}
