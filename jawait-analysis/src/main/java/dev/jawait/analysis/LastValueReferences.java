package dev.jawait.analysis;

import java.util.List;

/**
 * IPython's {@code _} in Java: replaces each {@code _} that stands for a value with the name of
 * the variable holding the last displayed value (JShell's {@code $N} temporary, which keeps its
 * static type). Java reserves {@code _} for unnamed variables, so an {@code _} that declares one
 * is left alone: after a type or {@code var} ({@code int _}, {@code catch (E _)}), a lambda
 * parameter ({@code _ ->}, {@code (_, b) ->}), and any {@code _} on a line that has
 * {@code instanceof} or {@code case} before it (record patterns). Strings, text blocks,
 * character literals and comments are never touched (they are single tokens of the lexer).
 *
 * <p>Stateless and thread-safe.
 */
public final class LastValueReferences {
    private LastValueReferences() {}

    /** {@code code} with every value {@code _} replaced by {@code name}; unchanged when name is null. */
    public static String replace(String code, String name) {
        if (name == null || code.indexOf('_') < 0) {
            return code;
        }
        Tokens tokens = new Tokens(code);
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.is(i, "_") && standsForAValue(tokens, i)) {
                if (out == null) {
                    out = new StringBuilder(code.length() + 8);
                }
                out.append(code, copied, tokens.start(i)).append(name);
                copied = tokens.end(i);
            }
        }
        return out == null ? code : out.append(code, copied, code.length()).toString();
    }

    private static boolean standsForAValue(Tokens tokens, int at) {
        if (patternOnItsLine(tokens, at)) {
            return false;
        }
        Token previous = tokens.get(at - 1);
        if (previous != null && (previous.kind() == TokenKind.IDENTIFIER || previous.kind() == TokenKind.KEYWORD
                || previous.is(">") || previous.is("]"))) {
            return isExpressionKeyword(previous);
        }
        if (tokens.is(at + 1, "->")) {
            return false; // `_ -> …`
        }
        boolean inList = previous != null && (previous.is("(") || previous.is(","));
        return !inList || !lambdaParameters(tokens, at);
    }

    private static final List<String> EXPRESSION_KEYWORDS = List.of("return", "yield", "throw", "else", "do", "assert", "new");

    private static boolean isExpressionKeyword(Token token) {
        return EXPRESSION_KEYWORDS.contains(token.text());
    }

    /** Whether {@code instanceof} or {@code case} comes before {@code at} on its line. */
    private static boolean patternOnItsLine(Tokens tokens, int at) {
        String src = tokens.src;
        int lineStart = src.lastIndexOf('\n', tokens.start(at)) + 1;
        for (int i = at - 1; i >= 0 && tokens.start(i) >= lineStart; i--) {
            if (tokens.is(i, "instanceof") || tokens.is(i, "case")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the parenthesised list that holds {@code at} is followed by {@code ->}. */
    private static boolean lambdaParameters(Tokens tokens, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (tokens.isCloser(i) && tokens.match(i) >= 0) {
                i = tokens.match(i); // skip a bracketed group before `_`
            } else if (tokens.is(i, "(")) {
                int close = tokens.match(i);
                return close >= 0 && tokens.is(close + 1, "->");
            }
        }
        return false;
    }
}
