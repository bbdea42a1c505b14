package dev.jawait.analysis;

/** The kinds of lexical token {@link JavaLexer} produces. */
enum TokenKind {
    /** An identifier, including contextual keywords such as {@code var}, {@code record}, {@code yield} and {@code await}. */
    IDENTIFIER,
    /** A reserved keyword, including the literals {@code true}, {@code false} and {@code null}. */
    KEYWORD,
    /** A numeric literal. */
    NUMBER,
    /** A string literal on one line. */
    STRING,
    /** A text block ({@code """ ... """}). */
    TEXT_BLOCK,
    /** A character literal. */
    CHAR,
    /** A {@code //} comment, up to but excluding the line break. */
    LINE_COMMENT,
    /** A {@code /* ... *}{@code /} comment. */
    BLOCK_COMMENT,
    /** An operator or separator. */
    OPERATOR,
    /** A character that starts no Java token (for example {@code #} or {@code \}). */
    UNKNOWN,
    /** A line magic ({@code %name args}) up to the end of its line; only when asked for. */
    MAGIC_LINE;

    boolean isComment() {
        return this == LINE_COMMENT || this == BLOCK_COMMENT;
    }
}
