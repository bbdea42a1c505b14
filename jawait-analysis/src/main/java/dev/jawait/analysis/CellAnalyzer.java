package dev.jawait.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Analyzes a cell: splits it into snippets, rewrites each one, and decides completeness and
 * whether it needs async (DESIGN.md, "Cells, snippets, completeness"). Never throws. Stateless
 * and thread-safe.
 */
public final class CellAnalyzer {

    private CellAnalyzer() {}

    /** Analyzes {@code cell}; never throws. */
    public static CellAnalysis analyze(String cell) {
        String source = cell == null ? "" : cell;
        try {
            return analyzeUnchecked(source);
        } catch (RuntimeException | StackOverflowError e) {
            SourceProblem problem = SourceProblem.at(source, 0,
                    "cannot analyze this cell (" + e.getClass().getSimpleName() + ")");
            return new CellAnalysis(Completeness.INVALID, false, List.of(), Optional.of(problem));
        }
    }

    /** Whether {@code cell} needs async: the same answer as {@code analyze(cell).needsAsync()}. */
    public static boolean needsAsync(String cell) {
        return analyze(cell).needsAsync();
    }

    /** The analysis without the safety net that turns internal failures into INVALID (for tests). */
    static CellAnalysis analyzeUnchecked(String cell) {
        return analyzeUnchecked(cell, new StepCounter());
    }

    /** The analysis without the safety net, counting its steps in {@code steps} (for tests). */
    static CellAnalysis analyzeUnchecked(String cell, StepCounter steps) {
        Tokens tokens = new Tokens(cell, steps);
        Syntax syntax = new Syntax(tokens);
        List<CellSplitter.Piece> pieces = new CellSplitter(syntax).split();
        List<SnippetSource> snippets = new ArrayList<>();
        SourceProblem problem = structuralProblem(tokens);
        boolean unfinished = false;
        boolean needsAsync = false;
        for (CellSplitter.Piece piece : pieces) {
            int start = tokens.start(piece.first());
            String text = cell.substring(start, tokens.end(piece.last()));
            Syntax own = new Syntax(new Tokens(text, steps));
            boolean async = new BodyContext(own).hasTopLevelAwait();
            needsAsync |= async;
            Rewritten rewritten;
            try {
                rewritten = AwaitRewriter.rewriteUnchecked(own);
            } catch (AwaitSyntaxException e) {
                rewritten = new Rewritten(text, PositionMap.identity(text.length()));
                if (piece.finished() && problem == null) {
                    problem = SourceProblem.at(cell, start + e.offset(), e.getMessage());
                }
            }
            unfinished |= !piece.finished();
            String code = rewritten.code();
            if (needsSemicolon(piece, text)) {
                code += ";";
            }
            snippets.add(new SnippetSource(code, text, start, async, piece.shape(), rewritten.map()));
        }
        Completeness completeness;
        if (problem != null) {
            completeness = Completeness.INVALID;
        } else if (unfinished || tokens.openBracket || tokens.openLiteralOrComment) {
            completeness = Completeness.INCOMPLETE;
        } else if (tokens.size() == 0) {
            completeness = Completeness.EMPTY;
        } else {
            completeness = Completeness.COMPLETE;
        }
        return new CellAnalysis(completeness, needsAsync, snippets, Optional.ofNullable(problem));
    }

    private static SourceProblem structuralProblem(Tokens tokens) {
        int bad = tokens.firstBadLiteral;
        int closer = tokens.firstBadCloser;
        if (closer >= 0 && (bad < 0 || closer < bad)) {
            return SourceProblem.at(tokens.src, closer,
                    "'" + tokens.src.charAt(closer) + "' has no matching opening bracket");
        }
        if (bad >= 0) {
            return SourceProblem.at(tokens.src, bad, tokens.src.charAt(bad) == '"'
                    ? "unterminated string literal" : "unterminated char literal");
        }
        return null;
    }

    private static boolean needsSemicolon(CellSplitter.Piece piece, String text) {
        boolean simple = piece.shape() == SnippetShape.OTHER || piece.shape() == SnippetShape.IMPORT;
        return simple && piece.finished() && !piece.expression() && !text.endsWith(";");
    }
}
