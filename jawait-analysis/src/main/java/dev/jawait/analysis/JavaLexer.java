package dev.jawait.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A forgiving Java lexer. It never throws: malformed input yields {@link TokenKind#UNKNOWN}
 * tokens or tokens flagged {@link Token#unterminated()}. Whitespace is skipped; comments are
 * returned as tokens. Unicode escapes ({@code \u0022}) are not translated. Stateless and
 * thread-safe.
 */
final class JavaLexer {

    static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class",
            "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public",
            "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
            "null", "_");

    /** Operators by decreasing length, so that the first match is the longest. */
    private static final String[] OPERATORS = {
        ">>>=", ">>>", "<<=", ">>=", "...", "->", "::", "++", "--", "&&", "||", "==", "!=",
        "<=", ">=", "+=", "-=", "*=", "/=", "&=", "|=", "^=", "%=", "<<", ">>",
        "(", ")", "{", "}", "[", "]", ";", ",", ".", "@", "=", ">", "<", "!", "~", "?", ":",
        "+", "-", "*", "/", "&", "|", "^", "%"
    };

    /** {@link #OPERATORS} by their first character (ASCII), in the same order. */
    private static final String[][] OPERATORS_BY_FIRST_CHAR = new String[128][];

    static {
        for (char c = 0; c < 128; c++) {
            List<String> starting = new ArrayList<>();
            for (String op : OPERATORS) {
                if (op.charAt(0) == c) {
                    starting.add(op);
                }
            }
            OPERATORS_BY_FIRST_CHAR[c] = starting.toArray(new String[0]);
        }
    }

    private final String src;
    private final int len;
    private final boolean magicLines;
    private final StepCounter steps;
    private final List<Token> out;

    private JavaLexer(String src, boolean magicLines, StepCounter steps) {
        this.src = src;
        this.len = src.length();
        this.magicLines = magicLines;
        this.steps = steps;
        this.out = new ArrayList<>(len / 8 + 16); // Java has a token every 5 to 8 characters
    }

    /** All tokens of {@code src}, comments included, in order. */
    static List<Token> lex(String src) {
        return lex(src, false, new StepCounter());
    }

    /** All tokens of {@code src}, comments included, in order; counts the characters read. */
    static List<Token> lex(String src, StepCounter steps) {
        return lex(src, false, steps);
    }

    /**
     * All tokens of {@code src}; with {@code magicLines}, a line whose first non-blank characters
     * are {@code %} and a letter, outside any text block or comment, is one
     * {@link TokenKind#MAGIC_LINE} token up to its end (a cell's line magic).
     */
    static List<Token> lex(String src, boolean magicLines) {
        return lex(src, magicLines, new StepCounter());
    }

    private static List<Token> lex(String src, boolean magicLines, StepCounter steps) {
        JavaLexer lexer = new JavaLexer(src, magicLines, steps);
        lexer.run();
        return lexer.out;
    }

    private char at(int i) {
        steps.tick();
        return src.charAt(i);
    }

    private boolean startsWith(String s, int i) {
        steps.add(s.length());
        return src.startsWith(s, i);
    }

    private void run() {
        int i = 0;
        boolean lineStart = true; // nothing but blanks since the last line break
        while (i < len) {
            char c = at(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                lineStart |= c == '\n' || c == '\r';
                i++;
                continue;
            }
            if (magicLines && lineStart && c == '%' && i + 1 < len && Character.isLetter(at(i + 1))) {
                int e = lineEnd(i);
                add(TokenKind.MAGIC_LINE, i, e, false);
                i = e;
                continue;
            }
            lineStart = false;
            if (c == '/' && i + 1 < len && at(i + 1) == '/') {
                int e = lineEnd(i);
                add(TokenKind.LINE_COMMENT, i, e, false);
                i = e;
            } else if (c == '/' && i + 1 < len && at(i + 1) == '*') {
                int close = src.indexOf("*/", i + 2);
                int e = close < 0 ? len : close + 2;
                steps.add(e - i);
                add(TokenKind.BLOCK_COMMENT, i, e, close < 0);
                i = e;
            } else if (startsWith("\"\"\"", i)) {
                i = textBlock(i);
            } else if (c == '"' || c == '\'') {
                i = quoted(i, c);
            } else if (isDigit(c) || (c == '.' && i + 1 < len && isDigit(at(i + 1)))) {
                i = number(i);
            } else if (Character.isJavaIdentifierStart(src.codePointAt(i))) {
                i = word(i);
            } else {
                i = operator(i);
            }
        }
    }

    private void add(TokenKind kind, int start, int end, boolean unterminated) {
        out.add(new Token(kind, start, end, src.substring(start, end), unterminated));
    }

    private int lineEnd(int i) {
        while (i < len && at(i) != '\n' && at(i) != '\r') {
            i++;
        }
        return i;
    }

    private int textBlock(int start) {
        int i = start + 3;
        while (i < len) {
            char c = at(i);
            if (c == '\\') {
                i += 2;
            } else if (startsWith("\"\"\"", i)) {
                add(TokenKind.TEXT_BLOCK, start, i + 3, false);
                return i + 3;
            } else {
                i++;
            }
        }
        add(TokenKind.TEXT_BLOCK, start, len, true);
        return len;
    }

    private int quoted(int start, char quote) {
        TokenKind kind = quote == '"' ? TokenKind.STRING : TokenKind.CHAR;
        int i = start + 1;
        while (i < len) {
            char c = at(i);
            if (c == '\n' || c == '\r') {
                break;
            } else if (c == '\\') {
                i = i + 1 < len && !isLineBreak(at(i + 1)) ? i + 2 : i + 1; // an escape stays on its line
            } else if (c == quote) {
                add(kind, start, i + 1, false);
                return i + 1;
            } else {
                i++;
            }
        }
        add(kind, start, i, true);
        return i;
    }

    private int number(int start) {
        int i = start;
        if (at(i) == '0' && i + 1 < len && "xXbB".indexOf(at(i + 1)) >= 0) {
            boolean hex = at(i + 1) == 'x' || at(i + 1) == 'X';
            i += 2;
            while (i < len && (isHexDigit(at(i)) || at(i) == '_')) {
                i++;
            }
            if (hex && i < len && at(i) == '.') {
                i++;
                while (i < len && (isHexDigit(at(i)) || at(i) == '_')) {
                    i++;
                }
            }
            if (hex && i < len && (at(i) == 'p' || at(i) == 'P')) {
                i = exponent(i);
            }
        } else {
            i = digits(i);
            if (i < len && at(i) == '.') {
                if (i + 1 < len && isDigit(at(i + 1))) {
                    i = digits(i + 1);
                } else if (i + 1 >= len || (!Character.isJavaIdentifierStart(at(i + 1))
                        && at(i + 1) != '.')) {
                    i++;
                }
            }
            if (i < len && (at(i) == 'e' || at(i) == 'E')) {
                i = exponent(i);
            }
        }
        // a type suffix, or malformed trailing letters: keep them in the number token
        while (i < len && Character.isJavaIdentifierPart(at(i))) {
            i++;
        }
        add(TokenKind.NUMBER, start, i, false);
        return i;
    }

    private int exponent(int i) {
        i++;
        if (i < len && (at(i) == '+' || at(i) == '-')) {
            i++;
        }
        return digits(i);
    }

    private int digits(int i) {
        while (i < len && (isDigit(at(i)) || at(i) == '_')) {
            i++;
        }
        return i;
    }

    private int word(int start) {
        int i = start + Character.charCount(src.codePointAt(start));
        while (i < len) {
            int cp = src.codePointAt(i);
            steps.tick();
            if (!Character.isJavaIdentifierPart(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        String text = src.substring(start, i);
        out.add(new Token(KEYWORDS.contains(text) ? TokenKind.KEYWORD : TokenKind.IDENTIFIER,
                start, i, text, false));
        return i;
    }

    private int operator(int start) {
        char first = src.charAt(start);
        for (String op : first < 128 ? OPERATORS_BY_FIRST_CHAR[first] : new String[0]) {
            if (startsWith(op, start)) {
                add(TokenKind.OPERATOR, start, start + op.length(), false);
                return start + op.length();
            }
        }
        int e = start + Character.charCount(src.codePointAt(start));
        add(TokenKind.UNKNOWN, start, e, false);
        return e;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
