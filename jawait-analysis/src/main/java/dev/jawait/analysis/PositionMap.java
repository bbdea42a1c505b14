package dev.jawait.analysis;

import java.util.Arrays;

/**
 * Maps offsets in rewritten code back to offsets in the original source. Text copied from the
 * original maps character by character; text the rewrite inserted maps to the original offset
 * where it was inserted, and the text that replaced an {@code await} token maps to that token.
 * The end of the rewritten code maps to the end of the original. Immutable and thread-safe.
 */
public final class PositionMap {

    private final int[] outStart;
    private final int[] origin;
    private final boolean[] copied;
    private final int rewrittenLength;
    private final int originalLength;

    PositionMap(int[] outStart, int[] origin, boolean[] copied, int rewrittenLength, int originalLength) {
        this.outStart = outStart;
        this.origin = origin;
        this.copied = copied;
        this.rewrittenLength = rewrittenLength;
        this.originalLength = originalLength;
    }

    /** The map of code that was not changed: every offset maps to itself. */
    public static PositionMap identity(int length) {
        return new PositionMap(new int[] {0}, new int[] {0}, new boolean[] {true}, length, length);
    }

    /**
     * The original offset of {@code rewrittenOffset}, always within {@code [0, originalLength()]};
     * offsets outside the rewritten code are clamped first.
     */
    public int toOriginal(int rewrittenOffset) {
        int k = Math.clamp(rewrittenOffset, 0, rewrittenLength);
        if (k == rewrittenLength) {
            return originalLength;
        }
        int seg = Arrays.binarySearch(outStart, k);
        if (seg < 0) {
            seg = -seg - 2;
        }
        int result = copied[seg] ? origin[seg] + (k - outStart[seg]) : origin[seg];
        return Math.clamp(result, 0, originalLength);
    }

    /** Length of the rewritten code this map reads from. */
    public int rewrittenLength() {
        return rewrittenLength;
    }

    /** Length of the original source this map points into. */
    public int originalLength() {
        return originalLength;
    }
}
