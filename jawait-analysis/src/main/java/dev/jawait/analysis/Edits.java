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
        PositionMap.Builder b = new PositionMap.Builder();
        int pos = 0;
        for (Edit e : sorted) {
            if (e.start() < pos) {
                throw new IllegalStateException("overlapping edits at " + e.start());
            }
            b.copied(src.substring(pos, e.start()), pos);
            for (Piece p : e.pieces()) {
                if (p.copied()) {
                    b.copied(p.text(), p.origin());
                } else {
                    b.inserted(p.text(), p.origin());
                }
            }
            for (int k = e.start(); k < e.end(); k++) {
                char c = src.charAt(k);
                if (c == '\n' || c == '\r') {
                    b.copied(String.valueOf(c), k);
                }
            }
            pos = e.end();
        }
        b.copied(src.substring(pos), pos);
        String code = b.code();
        return new Rewritten(code, b.build(src.length()));
    }
}
