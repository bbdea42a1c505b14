package dev.jawait.engine.internal;

/**
 * Replaces a standalone {@code _} in expression position with the name of the variable holding
 * the last displayed value (JShell's {@code $N} temporary, which keeps its static type), IPython's
 * {@code _}. Java reserves {@code _} for unnamed variables, so an {@code _} that declares one is
 * left alone: after a type or {@code var} ({@code int _}, {@code catch (E _)}), a lambda
 * parameter ({@code _ ->}, {@code (_, b) ->}), and any {@code _} on a line that has
 * {@code instanceof} or {@code case} before it (record patterns). Strings, text blocks, character
 * literals and comments are never touched.
 *
 * <p>Stateless and thread-safe.
 */
public final class LastValueRewriter {
    private LastValueRewriter() {}

    /** {@code code} with every expression {@code _} replaced by {@code name}; unchanged when name is null. */
    public static String rewrite(String code, String name) {
        if (name == null || code.indexOf('_') < 0) {
            return code;
        }
        StringBuilder out = new StringBuilder(code.length() + 8);
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            int skip = skipLiteralOrComment(code, i);
            if (skip > i) {
                out.append(code, i, skip);
                i = skip;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(code.charAt(end))) {
                    end++;
                }
                String word = code.substring(i, end);
                out.append(word.equals("_") && isExpression(code, i) ? name : word);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isExpression(String code, int at) {
        int lineStart = code.lastIndexOf('\n', at) + 1;
        String before = code.substring(lineStart, at);
        if (before.matches("(?s).*\\b(instanceof|case)\\b.*")) {
            return false;
        }
        String previous = previousToken(code, at);
        if (!previous.isEmpty() && (Character.isJavaIdentifierPart(previous.charAt(previous.length() - 1))
                || previous.endsWith(">") && !previous.endsWith("->") || previous.endsWith("]"))) {
            return isExpressionKeyword(previous);
        }
        String next = code.substring(at + 1).stripLeading();
        if (next.startsWith("->")) {
            return false;
        }
        return !(previous.endsWith("(") || previous.endsWith(",")) || !lambdaParameters(code, at);
    }

    private static boolean isExpressionKeyword(String word) {
        return switch (word) {
            case "return", "yield", "throw", "else", "do", "assert", "new" -> true;
            default -> false;
        };
    }

    /** Whether the parenthesised list around {@code at} is followed by {@code ->}. */
    private static boolean lambdaParameters(String code, int at) {
        int depth = 0;
        for (int i = at; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth-- == 0) {
                    return code.substring(i + 1).stripLeading().startsWith("->");
                }
            }
        }
        return false;
    }

    /** The token before {@code at}: a word, or the last non-blank character. */
    private static String previousToken(String code, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return "";
        }
        if (!Character.isJavaIdentifierPart(code.charAt(i))) {
            return i > 0 && code.charAt(i) == '>' && code.charAt(i - 1) == '-' ? "->" : String.valueOf(code.charAt(i));
        }
        int end = i + 1;
        while (i >= 0 && Character.isJavaIdentifierPart(code.charAt(i))) {
            i--;
        }
        return code.substring(i + 1, end);
    }

    private static int skipLiteralOrComment(String code, int i) {
        int n = code.length();
        if (code.startsWith("//", i)) {
            int end = code.indexOf('\n', i);
            return end < 0 ? n : end;
        }
        if (code.startsWith("/*", i)) {
            int end = code.indexOf("*/", i + 2);
            return end < 0 ? n : end + 2;
        }
        if (code.startsWith("\"\"\"", i)) {
            int end = code.indexOf("\"\"\"", i + 3);
            return end < 0 ? n : end + 3;
        }
        char c = code.charAt(i);
        if (c == '"' || c == '\'') {
            int j = i + 1;
            while (j < n && code.charAt(j) != c && code.charAt(j) != '\n') {
                j += code.charAt(j) == '\\' ? 2 : 1;
            }
            return Math.min(n, j + 1);
        }
        return i;
    }
}
