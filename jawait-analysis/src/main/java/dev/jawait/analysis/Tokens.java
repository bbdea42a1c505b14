package dev.jawait.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The significant (non-comment) tokens of a source with their bracket pairing, plus the facts
 * about the whole token list that completeness needs. Indices are positions in the significant
 * token list; out-of-range indices read as "no token". Immutable after construction.
 */
final class Tokens {

    final String src;
    /** Counts every token read (tests check that the work stays linear). */
    final StepCounter steps;
    private final Token[] toks;
    /** For a bracket token, the index of its partner, or -1 when it has none. */
    private final int[] match;
    /** A closing bracket with no opener, or a closer of the wrong kind. */
    final int firstBadCloser;
    /** An unterminated string or char literal (not a text block). */
    final int firstBadLiteral;
    /** An unterminated text block or block comment. */
    final boolean openLiteralOrComment;
    /** An opening bracket with no closer. */
    final boolean openBracket;

    Tokens(String src) {
        this(src, new StepCounter());
    }

    Tokens(String src, StepCounter steps) {
        this.src = src;
        this.steps = steps;
        List<Token> significant = new ArrayList<>();
        int badLiteral = -1;
        boolean open = false;
        for (Token t : JavaLexer.lex(src, steps)) {
            if (t.unterminated()) {
                if (t.kind() == TokenKind.STRING || t.kind() == TokenKind.CHAR) {
                    badLiteral = badLiteral < 0 ? t.start() : badLiteral;
                } else {
                    open = true;
                }
            }
            if (!t.kind().isComment()) {
                significant.add(t);
            }
        }
        this.toks = significant.toArray(new Token[0]);
        this.firstBadLiteral = badLiteral;
        this.openLiteralOrComment = open;
        this.match = new int[toks.length];
        java.util.Arrays.fill(match, -1);
        int badCloser = -1;
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < toks.length; i++) {
            if (isOpener(i)) {
                stack.push(i);
            } else if (isCloser(i)) {
                String want = openerOf(toks[i].text());
                if (!stack.isEmpty() && toks[stack.peek()].text().equals(want)) {
                    pair(stack.pop(), i);
                } else {
                    badCloser = badCloser < 0 ? toks[i].start() : badCloser;
                    if (stack.stream().anyMatch(k -> {
                        steps.tick();
                        return toks[k].text().equals(want);
                    })) {
                        while (!toks[stack.peek()].text().equals(want)) {
                            stack.pop();
                        }
                        pair(stack.pop(), i);
                    }
                }
            }
        }
        this.firstBadCloser = badCloser;
        this.openBracket = !stack.isEmpty();
    }

    private void pair(int open, int close) {
        match[open] = close;
        match[close] = open;
    }

    private static String openerOf(String closer) {
        return switch (closer) {
            case ")" -> "(";
            case "]" -> "[";
            default -> "{";
        };
    }

    int size() {
        return toks.length;
    }

    /** The token at {@code i}, or null when out of range. */
    Token get(int i) {
        steps.tick();
        return i >= 0 && i < toks.length ? toks[i] : null;
    }

    int match(int i) {
        steps.tick();
        return i >= 0 && i < toks.length ? match[i] : -1;
    }

    boolean is(int i, String text) {
        Token t = get(i);
        return t != null && t.is(text);
    }

    boolean isIdent(int i) {
        Token t = get(i);
        return t != null && t.kind() == TokenKind.IDENTIFIER;
    }

    boolean isIdent(int i, String text) {
        Token t = get(i);
        return t != null && t.isIdentifier(text);
    }

    boolean isLiteral(int i) {
        Token t = get(i);
        return t != null && t.isLiteral();
    }

    boolean isOpener(int i) {
        return is(i, "(") || is(i, "[") || is(i, "{");
    }

    boolean isCloser(int i) {
        return is(i, ")") || is(i, "]") || is(i, "}");
    }

    boolean isPrimitive(int i) {
        Token t = get(i);
        return t != null && t.kind() == TokenKind.KEYWORD && switch (t.text()) {
            case "boolean", "byte", "char", "short", "int", "long", "float", "double", "void" -> true;
            default -> false;
        };
    }

    int start(int i) {
        Token t = get(i);
        return t != null ? t.start() : src.length();
    }

    int end(int i) {
        Token t = get(i);
        return t != null ? t.end() : src.length();
    }

    /** Whether a line break lies between token {@code i} and token {@code i + 1}. */
    boolean lineBreakAfter(int i) {
        for (int k = end(i), e = start(i + 1); k < e; k++) {
            steps.tick();
            char c = src.charAt(k);
            if (c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
