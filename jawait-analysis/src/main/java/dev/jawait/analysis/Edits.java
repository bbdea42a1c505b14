package dev.jawait.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects non-overlapping text edits against an original source and applies them, building the
 * {@link PositionMap} on the way. A replaced range keeps its line breaks (they are re-emitted
 * after the replacement), so an edit never changes the line count. Not thread-safe; used by one
 * rewrite at a time.
 */
final class Edits {

    /** A piece of new text: mapped char by char from {@code origin} when copied, else all to {@code origin}. */
    record Piece(String text, int origin, boolean copied) {
        static Piece at(String text, int origin) {
            return new Piece(text, origin, false);
        }
    }

    /**
     * Replace {@code [start, end)} with pieces; {@code start == end} is an insertion. Insertions at
     * one offset come before a replacement starting there, and among themselves by descending
     * {@code nesting} (the start of the construct they close), so inner constructs close first.
     */
    private record Edit(int start, int end, List<Piece> pieces, int nesting, int seq) {}

    private final String src;
    private final List<Edit> edits = new ArrayList<>();

    Edits(String src) {
        this.src = src;
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    void replace(int start, int end, List<Piece> pieces) {
        edits.add(new Edit(start, end, pieces, 0, edits.size()));
    }

    void insert(int at, Piece piece, int nesting) {
        edits.add(new Edit(at, at, List.of(piece), nesting, edits.size()));
    }

    Rewritten apply() {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start)
                .thenComparingInt(e -> e.end() > e.start() ? 1 : 0)
                .thenComparing(Comparator.comparingInt(Edit::nesting).reversed())
                .thenComparingInt(Edit::seq));
        Builder b = new Builder();
        int pos = 0;
        for (Edit e : sorted) {
            if (e.start() < pos) {
                throw new IllegalStateException("overlapping edits at " + e.start());
            }
            b.copy(pos, e.start());
            for (Piece p : e.pieces()) {
                b.add(p.text(), p.origin(), p.copied());
            }
            for (int k = e.start(); k < e.end(); k++) {
                char c = src.charAt(k);
                if (c == '\n' || c == '\r') {
                    b.add(String.valueOf(c), k, true);
                }
            }
            pos = e.end();
        }
        b.copy(pos, src.length());
        return b.build();
    }

    private final class Builder {
        private final StringBuilder out = new StringBuilder(src.length() + 64);
        private final List<int[]> segments = new ArrayList<>();

        void copy(int from, int to) {
            if (to > from) {
                add(src.substring(from, to), from, true);
            }
        }

        void add(String text, int origin, boolean copied) {
            if (text.isEmpty()) {
                return;
            }
            segments.add(new int[] {out.length(), origin, copied ? 1 : 0});
            out.append(text);
        }

        Rewritten build() {
            int n = segments.size();
            int[] outStart = new int[n];
            int[] origin = new int[n];
            boolean[] copied = new boolean[n];
            for (int i = 0; i < n; i++) {
                outStart[i] = segments.get(i)[0];
                origin[i] = segments.get(i)[1];
                copied[i] = segments.get(i)[2] == 1;
            }
            if (n == 0) {
                return new Rewritten("", PositionMap.identity(0));
            }
            String code = out.toString();
            return new Rewritten(code, new PositionMap(outStart, origin, copied, code.length(), src.length()));
        }
    }
}
