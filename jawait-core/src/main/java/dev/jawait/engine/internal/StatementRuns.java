package dev.jawait.engine.internal;

import dev.jawait.analysis.SnippetJoin;
import dev.jawait.analysis.SnippetSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans how a cell's snippets go to JShell: consecutive statements joined into one snippet (a
 * block, or a switch expression that yields the cell's value; see {@link SnippetJoin}), the rest
 * one by one. JShell's cost per snippet is mostly fixed (a parse and three attributions of a
 * wrapper class with every import of the session), so a cell of a loop and a result compiles in
 * about the time of one snippet instead of two. A joined snippet that javac rejects is run again
 * as its parts (the engine's fallback), so joining never changes which errors a user sees.
 *
 * <p>What joins: statements, calls, instance creations, assignments and increments (javac's parse
 * tree says which); at the cell's end, in interactive mode, also a value to show, unless it is a
 * bare name or a call of a printing method (likely void: yielding it would fail and cost a
 * second compilation). A declaration never joins: in a block it would be local, not the
 * session's. Stateless and thread-safe.
 */
final class StatementRuns {
    /** One snippet for JShell, with the cell's snippets it is made of (one, unless joined). */
    record Unit(SnippetSource source, List<SnippetSource> parts) {
        boolean joined() {
            return parts.size() > 1;
        }

        static Unit single(SnippetSource snippet) {
            return new Unit(snippet, List.of(snippet));
        }
    }

    private StatementRuns() {}

    /**
     * The units for {@code snippets}, whose forms are {@code forms} (null: unknown, nothing
     * joins), ending with a value that is shown when {@code display}.
     */
    static List<Unit> plan(List<SnippetSource> snippets, List<SnippetForm> forms, boolean display, String cell) {
        if (forms == null || forms.size() != snippets.size()) {
            return snippets.stream().map(Unit::single).toList();
        }
        List<Unit> units = new ArrayList<>();
        int last = snippets.size() - 1;
        int i = 0;
        while (i <= last) {
            int end = i;
            while (end < last && forms.get(end).statement() && joinsAtEnd(forms.get(end + 1), end + 1 == last, display)) {
                end++;
            }
            if (end == i) {
                units.add(Unit.single(snippets.get(i)));
            } else {
                List<SnippetSource> parts = snippets.subList(i, end + 1);
                boolean yielding = end == last && display && yields(forms.get(end));
                units.add(new Unit(yielding ? SnippetJoin.yielding(parts, cell) : SnippetJoin.block(parts, cell),
                        List.copyOf(parts)));
            }
            i = end + 1;
        }
        return units;
    }

    /**
     * The parts of {@code unit} that ran: all, unless its code threw, with {@code trace}; then
     * those that start on or before the line of the snippet (its source file is {@code file},
     * JShell's {@code #id}) that was running, the outermost frame of it.
     */
    static List<SnippetSource> ran(Unit unit, StackTraceElement[] trace, String file, String cell) {
        int line = -1;
        for (StackTraceElement frame : trace) {
            if (file.equals(frame.getFileName())) {
                line = frame.getLineNumber();
            }
        }
        if (!unit.joined() || line < 1) {
            return unit.parts();
        }
        int firstLine = lineOf(cell, unit.source().startOffset());
        List<SnippetSource> ran = new ArrayList<>();
        for (SnippetSource part : unit.parts()) {
            if (lineOf(cell, part.startOffset()) - firstLine + 1 <= line) {
                ran.add(part);
            }
        }
        return ran;
    }

    /** The 1-based line of {@code cell} that {@code offset} is on, as JShell numbers a snippet's lines. */
    static int lineOf(String cell, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, cell.length()); i++) {
            if (cell.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Whether a snippet of {@code form} can end a run, {@code atCellEnd} or not. */
    private static boolean joinsAtEnd(SnippetForm form, boolean atCellEnd, boolean display) {
        if (!atCellEnd || !display) {
            return form.statement();
        }
        return yields(form) || form == SnippetForm.STATEMENT || form == SnippetForm.ASSIGNMENT;
    }

    /** Whether the cell's last snippet, of {@code form}, is a value the joined snippet yields. */
    private static boolean yields(SnippetForm form) {
        return form == SnippetForm.CALL || form == SnippetForm.NEW || form == SnippetForm.VALUE
                || form == SnippetForm.COMPOUND_ASSIGNMENT;
    }
}
