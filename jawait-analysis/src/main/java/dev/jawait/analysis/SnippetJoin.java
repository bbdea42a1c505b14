package dev.jawait.analysis;

import java.util.List;

/**
 * Consecutive snippets of a cell put together as one snippet, so that JShell compiles them in
 * one go (each snippet costs JShell a parse and three attributions, whatever its size): a run
 * of statements becomes a block, {@code { a(); for (…) {…} }}, and a run of statements that
 * ends with the cell's value becomes a switch expression whose only arm runs them and yields
 * the value, {@code switch (0) { default -> { a(); for (…) {…} yield v; } }}, which javac types
 * exactly as the value itself. The user's text between the snippets is kept, so each line of
 * the joined snippet is the same line of the cell, and positions map back to the cell.
 *
 * <p>Which snippets may be joined is the caller's decision (it must know they are statements);
 * this class only writes them. Stateless and thread-safe.
 */
public final class SnippetJoin {
    private static final String SWITCH_OPEN = "switch (0) { default -> { ";
    private static final String SWITCH_CLOSE = " } }";

    private SnippetJoin() {}

    /** {@code parts} (two or more consecutive statements of {@code cell}) as one block statement. */
    public static SnippetSource block(List<SnippetSource> parts, String cell) {
        return join(parts, cell, "{ ", false, " }");
    }

    /**
     * {@code parts} as one expression: the statements before the last one run, then the last one
     * (an expression) is its value, of the same static type.
     */
    public static SnippetSource yielding(List<SnippetSource> parts, String cell) {
        return join(parts, cell, SWITCH_OPEN, true, SWITCH_CLOSE);
    }

    private static SnippetSource join(List<SnippetSource> parts, String cell, String open, boolean yieldLast,
                                      String close) {
        if (parts.size() < 2) {
            throw new IllegalArgumentException("joining needs two snippets or more, not " + parts.size());
        }
        SnippetSource first = parts.getFirst();
        SnippetSource last = parts.getLast();
        int base = first.startOffset();
        int end = last.startOffset() + last.originalText().length();
        PositionMap.Builder builder = new PositionMap.Builder().inserted(open, 0);
        boolean async = false;
        for (int i = 0; i < parts.size(); i++) {
            SnippetSource part = parts.get(i);
            int start = part.startOffset() - base;
            int partEnd = start + part.originalText().length();
            boolean yielded = yieldLast && i == parts.size() - 1;
            if (yielded) {
                builder.inserted("yield ", start);
            }
            String code = part.code();
            builder.rewritten(code, part.map(), start);
            if (!endsStatement(part, yielded)) {
                builder.inserted(";", partEnd);
            }
            if (i + 1 < parts.size()) {
                int next = parts.get(i + 1).startOffset() - base;
                builder.copied(cell.substring(base + partEnd, base + next), partEnd);
            }
            async |= part.needsAsync();
        }
        builder.inserted(close, end - base);
        return new SnippetSource(builder.code(), cell.substring(base, end), base, async,
                yieldLast ? SnippetShape.OTHER : SnippetShape.CONTROL, builder.build(end - base));
    }

    /** Whether the part's code ends its statement: a {@code ;}, or the {@code }} of a control statement. */
    private static boolean endsStatement(SnippetSource part, boolean yielded) {
        String code = part.code().stripTrailing();
        return code.endsWith(";") || (!yielded && part.shape() == SnippetShape.CONTROL && code.endsWith("}"));
    }
}
