package dev.jawait.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What to colour in a cell as it is typed: keywords (with {@code await} and the contextual
 * keywords a reader takes for keywords: {@code var}, {@code record}, {@code yield}…), literals,
 * comments and line magics, found by jawait's own lexer, so that the colours agree with how the
 * cell will be read (a {@code %} line inside a text block is a string, not a magic). Whitespace,
 * names and operators are left uncoloured.
 *
 * <p>Stateless and thread-safe.
 */
public final class Highlights {
    /** What a span is. */
    public enum Kind {
        /** A Java keyword. */
        KEYWORD,
        /** A string or character literal. */
        STRING,
        /** A number literal. */
        NUMBER,
        /** A comment. */
        COMMENT,
        /** A {@code %magic} or {@code %%magic} name. */
        MAGIC
    }

    /** The characters from {@code start} (inclusive) to {@code end} (exclusive) are a {@code kind}. */
    public record Span(int start, int end, Kind kind) {}

    private static final Set<String> CONTEXTUAL_KEYWORDS = Set.of(
            "await", "var", "record", "yield", "sealed", "permits", "non-sealed", "when", "module");

    private Highlights() {}

    /** The spans of {@code cell} to colour, in order, not overlapping. */
    public static List<Span> of(String cell) {
        List<Span> spans = new ArrayList<>();
        String firstLine = cell.lines().findFirst().orElse("").strip();
        if (firstLine.startsWith("%%") || firstLine.startsWith("/")) {
            int end = cell.indexOf('\n');
            spans.add(new Span(0, end < 0 ? cell.length() : end, Kind.MAGIC)); // a cell magic's header, a command
            if (firstLine.startsWith("/") || end < 0) {
                return spans;
            }
        }
        int from = spans.isEmpty() ? 0 : spans.getFirst().end();
        for (Token token : JavaLexer.lex(cell, true)) {
            if (token.start() < from) {
                continue;
            }
            Kind kind = switch (token.kind()) {
                case KEYWORD -> token.isLiteral() ? Kind.NUMBER : Kind.KEYWORD;
                case IDENTIFIER -> CONTEXTUAL_KEYWORDS.contains(token.text()) ? Kind.KEYWORD : null;
                case STRING, TEXT_BLOCK, CHAR -> Kind.STRING;
                case NUMBER -> Kind.NUMBER;
                case LINE_COMMENT, BLOCK_COMMENT -> Kind.COMMENT;
                case MAGIC_LINE -> Kind.MAGIC;
                case OPERATOR, UNKNOWN -> null;
            };
            if (kind != null) {
                spans.add(new Span(token.start(), token.end(), kind));
            }
        }
        return spans;
    }
}
