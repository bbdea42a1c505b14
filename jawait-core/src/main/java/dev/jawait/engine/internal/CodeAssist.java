package dev.jawait.engine.internal;

import dev.jawait.Completion;
import dev.jawait.analysis.CellAnalyzer;
import dev.jawait.analysis.SnippetSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Completion and documentation at a position in a cell, through JShell's
 * {@link SourceCodeAnalysis}, on the snippet around the cursor with {@code await} rewritten (so
 * {@code await x.} completes the members of {@code x}).
 *
 * <p>Not thread-safe: uses the session's JShell; callers serialise with cells.
 */
final class CodeAssist {
    /** {@code java.lang} and JShell's default imports: a signature names their classes as a cell does. */
    private static final Pattern IMPORTED_PACKAGE = Pattern.compile("\\b(?:" + java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("java.lang.*"), Engine.DEFAULT_IMPORTS.stream())
            .filter(name -> name.endsWith(".*"))
            .map(name -> Pattern.quote(name.substring(0, name.length() - 1)))
            .collect(java.util.stream.Collectors.joining("|")) + ")(?=[A-Z])");
    private static final Pattern AWAIT_OPERATOR = Pattern.compile("\\bawait(?=\\s*[\\p{L}_$(!~])");

    private final SourceCodeAnalysis analysis;

    CodeAssist(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    /** What JShell should see for the text before the cursor; offsets are the snippet's own. */
    private record Prepared(String code, int cursor, int snippetStart, dev.jawait.analysis.PositionMap map) {
        int toCell(int codeOffset) {
            return snippetStart + (map == null ? codeOffset : map.toOriginal(codeOffset));
        }
    }

    Completion complete(String cell, int cursor) {
        Prepared prepared = prepare(cell, cursor);
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions =
                analysis.completionSuggestions(prepared.code(), prepared.cursor(), anchor);
        Set<String> candidates = new LinkedHashSet<>();
        suggestions.stream().filter(SourceCodeAnalysis.Suggestion::matchesType)
                .forEach(suggestion -> candidates.add(suggestion.continuation()));
        suggestions.forEach(suggestion -> candidates.add(suggestion.continuation()));
        boolean member = anchor[0] > 0 && prepared.code().charAt(anchor[0] - 1) == '.';
        return Completion.ofJava(prepared.toCell(anchor[0]), List.copyOf(candidates), member);
    }

    /**
     * The documentation of what is at {@code cursor}: JShell's for the call the cursor is in
     * ({@code f.thenApply(|}); when there is none and the cursor is on or just after a name
     * ({@code f.thenApply|}, {@code Math.ma|x}), that name's, as if it were called (what a person
     * asks for with Shift-Tab in Jupyter, or {@code NAME?}).
     */
    Optional<String> documentation(String cell, int cursor) {
        int at = Math.max(0, Math.min(cursor, cell.length()));
        Optional<String> found = documentationAt(cell, at);
        if (found.isPresent()) {
            return found;
        }
        int end = at;
        while (end < cell.length() && Character.isJavaIdentifierPart(cell.charAt(end))) {
            end++;
        }
        if (end == 0 || !Character.isJavaIdentifierPart(cell.charAt(end - 1))) {
            return Optional.empty();
        }
        return documentationAt(cell.substring(0, end) + "(", end + 1);
    }

    private Optional<String> documentationAt(String cell, int cursor) {
        Prepared prepared = prepare(cell, cursor);
        List<SourceCodeAnalysis.Documentation> docs = analysis.documentation(prepared.code(), prepared.cursor(), true);
        if (docs.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (SourceCodeAnalysis.Documentation doc : docs) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(IMPORTED_PACKAGE.matcher(doc.signature()).replaceAll(""));
            if (doc.javadoc() != null && !doc.javadoc().isBlank()) {
                text.append("\n").append(JavadocText.render(doc.javadoc()));
            }
        }
        return Optional.of(text.toString());
    }

    private static Prepared prepare(String cell, int cursor) {
        String before = cell.substring(0, Math.max(0, Math.min(cursor, cell.length())));
        List<SnippetSource> snippets = CellAnalyzer.analyze(before).snippets();
        int start = snippets.isEmpty() ? 0 : snippets.getLast().startOffset();
        String text = before.substring(start);
        // an await whose operand is finished before the cursor (`(await f).len`): complete on
        // the rewritten code, whose end is the user's end, so `.len` completes the awaited type
        try {
            dev.jawait.analysis.Rewritten rewritten = dev.jawait.analysis.AwaitRewriter.rewrite(text);
            String code = rewritten.code();
            if (!code.equals(text) && !code.isEmpty() && !text.isEmpty()
                    && rewritten.map().toOriginal(code.length() - 1) == text.length() - 1
                    && code.charAt(code.length() - 1) == text.charAt(text.length() - 1)) {
                return new Prepared(code, code.length(), start, rewritten.map());
            }
        } catch (dev.jawait.analysis.AwaitSyntaxException e) {
            // unfinished operand: blank the keyword instead
        }
        // the operand around the cursor is unfinished (`await x.`), so it cannot be rewritten:
        // blank the keyword out instead; offsets stay the same and `x.` completes x's members
        String blanked = AWAIT_OPERATOR.matcher(text).replaceAll("     ");
        return new Prepared(blanked, blanked.length(), start, null);
    }
}
