package dev.jawait.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * The significant (non-comment) tokens of a source with their bracket pairing, plus the facts
 * about the whole token list that completeness needs. Indices are positions in the significant
 * token list; out-of-range indices read as "no token". The tokens never change after
 * construction, but every read is counted in a {@link StepCounter}: not thread-safe, one
 * {@code Tokens} belongs to one analysis.
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
    /** How many opening brackets were left without a closer (set while pairing). */
    private int openBrackets;

    Tokens(String src) {
        this(src, new StepCounter());
    }

    Tokens(String src, StepCounter steps) {
        this.src = src;
        this.steps = steps;
        List<Token> lexed = JavaLexer.lex(src, steps);
        Token[] kept = new Token[lexed.size()];
        int count = 0;
        int badLiteral = -1;
        boolean open = false;
        for (Token t : lexed) {
            if (t.unterminated()) {
                if (t.kind() == TokenKind.STRING || t.kind() == TokenKind.CHAR) {
                    badLiteral = badLiteral < 0 ? t.start() : badLiteral;
                } else {
                    open = true;
                }
            }
            if (!t.kind().isComment()) {
                kept[count++] = t;
            }
        }
        this.toks = count == kept.length ? kept : Arrays.copyOf(kept, count);
        this.firstBadLiteral = badLiteral;
        this.openLiteralOrComment = open;
        this.match = new int[toks.length];
        Arrays.fill(match, -1);
        this.firstBadCloser = pairBrackets();
        this.openBracket = openBrackets > 0;
    }

    /**
     * Pairs the brackets; returns the offset of the first closer without a partner of its kind, or
     * -1. A closer of the wrong kind pairs with the nearest open bracket of its kind when there is
     * one (the brackets opened after it stay unpaired), else with nothing. How many brackets of
     * each kind are open is counted, so that question never rescans the stack.
     */
    private int pairBrackets() {
        int badCloser = -1;
        int[] stack = new int[16];
        int depth = 0;
        int[] openOfKind = new int[3];
        for (int i = 0; i < toks.length; i++) {
            int opens = bracketKind(i, "(", "[", "{");
            int closes = opens < 0 ? bracketKind(i, ")", "]", "}") : -1;
            if (opens >= 0) {
                if (depth == stack.length) {
                    stack = Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = i;
                openOfKind[opens]++;
            } else if (closes >= 0) {
                if (depth > 0 && kindOfOpener(stack[depth - 1]) == closes) {
                    openOfKind[closes]--;
                    pair(stack[--depth], i);
                } else {
                    badCloser = badCloser < 0 ? toks[i].start() : badCloser;
                    if (openOfKind[closes] > 0) {
                        while (kindOfOpener(stack[depth - 1]) != closes) {
                            openOfKind[kindOfOpener(stack[--depth])]--;
                        }
                        openOfKind[closes]--;
                        pair(stack[--depth], i);
                    }
                }
            }
        }
        openBrackets = depth;
        return badCloser;
    }

    /** 0, 1 or 2 when token {@code i} is {@code a}, {@code b} or {@code c}; else -1. */
    private int bracketKind(int i, String a, String b, String c) {
        return is(i, a) ? 0 : is(i, b) ? 1 : is(i, c) ? 2 : -1;
    }

    private int kindOfOpener(int i) {
        return bracketKind(i, "(", "[", "{");
    }

    private void pair(int open, int close) {
        match[open] = close;
        match[close] = open;
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
