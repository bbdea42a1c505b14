package dev.jawait.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a cell's tokens into top-level snippets (DESIGN.md, "Cells, snippets, completeness").
 * Not thread-safe: it remembers where runs of modifiers end, so it belongs to one analysis.
 */
final class CellSplitter {

    /** One snippet as token indices {@code [first, last]}; {@code finished} is false when input ran out. */
    record Piece(int first, int last, SnippetShape shape, boolean finished, boolean expression) {}

    private static final Set<String> MODIFIERS = Set.of(
            "public", "private", "protected", "static", "final", "abstract", "default", "strictfp",
            "transient", "volatile", "native", "synchronized");

    /** Tokens that, starting the next line, continue the expression on this one. */
    private static final Set<String> CONTINUATIONS = Set.of(
            ".", "::", "+", "-", "*", "/", "%", "&", "|", "^", "&&", "||", "==", "!=", "<", ">",
            "<=", ">=", "<<", ">>", ">>>", "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
            "<<=", ">>=", ">>>=", "?", ":", ")", "]", ",", ";", "->", "{", "[", "instanceof");

    private static final Set<String> STATEMENT_KEYWORDS = Set.of(
            "return", "throw", "break", "continue", "assert");

    private final Tokens t;
    private final Syntax syntax;
    /** Per position: where its modifiers and annotations end, plus one; 0 before asked. */
    private final int[] afterModifiers;

    CellSplitter(Syntax syntax) {
        this.syntax = syntax;
        this.t = syntax.t;
        this.afterModifiers = new int[t.size() + 1];
    }

    List<Piece> split() {
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (t.is(i, ";")) {
                i++; // an empty statement between snippets
                continue;
            }
            SnippetShape shape = shapeAt(i);
            int end = switch (shape) {
                case TYPE_DECLARATION, METHOD_DECLARATION -> declarationEnd(i);
                case CONTROL -> syntax.statementEnd(i);
                case IMPORT, OTHER -> lineEnd(i, shape);
            };
            boolean finished = end >= 0;
            int last = finished ? end : t.size() - 1;
            pieces.add(new Piece(i, last, shape, finished, shape == SnippetShape.OTHER && isExpression(i)));
            i = last + 1;
        }
        return pieces;
    }

    SnippetShape shapeAt(int i) {
        if (t.is(i, "import")) {
            return SnippetShape.IMPORT;
        }
        int j = skipModifiers(i);
        if (t.is(j, "class") || t.is(j, "interface") || t.is(j, "enum")
                || (t.is(j, "@") && t.is(j + 1, "interface"))
                || (t.isIdent(j, "record") && t.isIdent(j + 1) && (t.is(j + 2, "(") || t.is(j + 2, "<")))) {
            return SnippetShape.TYPE_DECLARATION;
        }
        if (t.is(j, "<")) {
            return SnippetShape.METHOD_DECLARATION;
        }
        int type = syntax.isAwaitOperator(j) ? -1 : syntax.typeEnd(j);
        if (type >= 0 && !t.isIdent(j, "var") && t.isIdent(type + 1) && t.is(type + 2, "(")) {
            return SnippetShape.METHOD_DECLARATION;
        }
        if (t.is(i, "{") || (t.isIdent(i) && t.is(i + 1, ":"))
                || (t.is(i, "synchronized") && t.is(i + 1, "("))) {
            return SnippetShape.CONTROL;
        }
        Token first = t.get(i);
        if (first.kind() == TokenKind.KEYWORD) {
            switch (first.text()) {
                case "if", "for", "while", "do", "try", "switch" -> {
                    return SnippetShape.CONTROL;
                }
                default -> { }
            }
        }
        return SnippetShape.OTHER;
    }

    /**
     * The first token after the modifiers and annotations starting at {@code i}. Every position
     * passed on the way has the same answer and remembers it: a run of lines that are each a
     * snippet of their own ({@code @A} or {@code sealed} alone on a line) is scanned once, not
     * once per line.
     */
    private int skipModifiers(int i) {
        IntStack passed = new IntStack();
        int j = i;
        while (afterModifiers[j] == 0) {
            passed.push(j);
            int next = nextModifier(j);
            if (next == j) {
                break;
            }
            j = next;
        }
        int end = afterModifiers[j] != 0 ? afterModifiers[j] - 1 : j;
        for (int k = 0; k < passed.size(); k++) {
            afterModifiers[passed.get(k)] = end + 1;
        }
        return end;
    }

    /** The token after the modifier or annotation at {@code j}, or {@code j} when none is there. */
    private int nextModifier(int j) {
        Token tok = t.get(j);
        if (tok == null) {
            return j;
        }
        if (tok.kind() == TokenKind.KEYWORD && MODIFIERS.contains(tok.text())
                && !(tok.is("synchronized") && t.is(j + 1, "("))) {
            return j + 1;
        }
        if (tok.isIdentifier("sealed")) {
            return j + 1;
        }
        if (tok.isIdentifier("non") && t.is(j + 1, "-") && t.isIdent(j + 2, "sealed")) {
            return j + 3;
        }
        if (!tok.is("@") || !t.isIdent(j + 1)) {
            return j;
        }
        int k = j + 2;
        while (t.is(k, ".") && t.isIdent(k + 1)) {
            k += 2;
        }
        if (t.is(k, "(")) {
            // an unclosed argument list ends the modifiers at its '('
            return t.match(k) < k ? k : t.match(k) + 1;
        }
        return k;
    }

    /** A declaration ends with the {@code }} of its body or a {@code ;} at depth 0; -1 if unfinished. */
    private int declarationEnd(int i) {
        for (int j = i; j < t.size(); j++) {
            if (t.isOpener(j)) {
                int close = t.match(j);
                if (close < j) {
                    return -1;
                }
                if (t.is(j, "{")) {
                    return close;
                }
                j = close;
            } else if (t.is(j, ";") || t.isCloser(j)) {
                return j;
            }
        }
        return -1;
    }

    /** An expression, variable declaration, import or simple statement: ends at ;, or at a line end. */
    private int lineEnd(int i, SnippetShape shape) {
        for (int j = i; j < t.size(); j++) {
            if (t.isOpener(j)) {
                int close = t.match(j);
                if (close < j) {
                    return -1;
                }
                j = close;
            } else if (t.is(j, ";") || t.isCloser(j)) {
                return j;
            }
            boolean canEnd = canEnd(j, shape);
            if (j == t.size() - 1) {
                return canEnd ? j : -1;
            }
            if (canEnd && t.lineBreakAfter(j) && !continues(j + 1) && !syntax.isAwaitOperator(j)) {
                return j;
            }
        }
        return -1;
    }

    private boolean canEnd(int j, SnippetShape shape) {
        Token tok = t.get(j);
        return switch (tok.kind()) {
            case IDENTIFIER, NUMBER, STRING, TEXT_BLOCK, CHAR, UNKNOWN -> true;
            case KEYWORD -> switch (tok.text()) {
                case "this", "super", "class", "true", "false", "null", "_" -> true; // `_`: the last value
                default -> false;
            };
            case OPERATOR -> switch (tok.text()) {
                case ")", "]", "}", "++", "--" -> true;
                case "*" -> shape == SnippetShape.IMPORT;
                default -> false;
            };
            default -> false;
        };
    }

    private boolean continues(int j) {
        Token tok = t.get(j);
        return (tok.kind() == TokenKind.OPERATOR || tok.kind() == TokenKind.KEYWORD)
                && CONTINUATIONS.contains(tok.text());
    }

    /**
     * Whether an OTHER snippet is a bare expression (whose value JShell shows, and which needs no
     * {@code ;}) rather than a variable declaration or a simple statement. A declaration starts
     * with {@code var}, a primitive type, modifiers or annotations, or with a type followed by a
     * name and then {@code =}, {@code ;}, {@code ,} or the end; a statement starts with return,
     * throw, break, continue, assert or {@code yield}.
     */
    boolean isExpression(int i) {
        Token first = t.get(i);
        if (first.kind() == TokenKind.KEYWORD && (STATEMENT_KEYWORDS.contains(first.text())
                || MODIFIERS.contains(first.text()))) {
            return false;
        }
        if (t.is(i, "@") || (t.isIdent(i, "yield") && !t.is(i + 1, "=") && !t.is(i + 1, "."))) {
            return false;
        }
        if (t.isIdent(i, "var") && t.isIdent(i + 1)) {
            return false;
        }
        if (t.isPrimitive(i) && !t.is(i + 1, ".")) {
            return false;
        }
        int type = syntax.isAwaitOperator(i) ? -1 : syntax.typeEnd(i);
        if (type >= 0 && t.isIdent(type + 1)) {
            Token after = t.get(type + 2);
            return !(after == null || after.is("=") || after.is(";") || after.is(",")
                    || t.lineBreakAfter(type + 1));
        }
        return true;
    }
}
