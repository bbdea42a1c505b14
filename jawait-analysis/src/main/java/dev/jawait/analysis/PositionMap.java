package dev.jawait.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /**
     * Builds the map of code put together from pieces: text copied from the original, text
     * inserted at an original offset, and already rewritten code with its own map. Not
     * thread-safe.
     */
    static final class Builder {
        private final StringBuilder code = new StringBuilder();
        private final List<int[]> segments = new ArrayList<>(); // {outStart, origin, copied}

        /** Appends {@code text} from the original, starting at original offset {@code origin}. */
        Builder copied(String text, int origin) {
            return segment(text, origin, true);
        }

        /** Appends {@code text} that the original does not have; it maps to original offset {@code origin}. */
        Builder inserted(String text, int origin) {
            return segment(text, origin, false);
        }

        /** Appends {@code rewritten}, whose own map points into the original from offset {@code base} on. */
        Builder rewritten(String rewritten, PositionMap map, int base) {
            int out = code.length();
            for (int i = 0; i < map.outStart.length; i++) {
                int end = i + 1 < map.outStart.length ? map.outStart[i + 1] : map.rewrittenLength;
                if (end > map.outStart[i]) {
                    segments.add(new int[] {out + map.outStart[i], base + map.origin[i], map.copied[i] ? 1 : 0});
                }
            }
            code.append(rewritten);
            return this;
        }

        private Builder segment(String text, int origin, boolean copiedText) {
            if (!text.isEmpty()) {
                segments.add(new int[] {code.length(), origin, copiedText ? 1 : 0});
                code.append(text);
            }
            return this;
        }

        String code() {
            return code.toString();
        }

        PositionMap build(int originalLength) {
            if (segments.isEmpty()) {
                return identity(0);
            }
            int n = segments.size();
            int[] outStart = new int[n];
            int[] origin = new int[n];
            boolean[] copied = new boolean[n];
            for (int i = 0; i < n; i++) {
                outStart[i] = segments.get(i)[0];
                origin[i] = segments.get(i)[1];
                copied[i] = segments.get(i)[2] == 1;
            }
            return new PositionMap(outStart, origin, copied, code.length(), originalLength);
        }
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
