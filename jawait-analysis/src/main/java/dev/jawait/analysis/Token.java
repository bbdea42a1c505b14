package dev.jawait.analysis;

/**
 * One lexical token: its kind, where it lies in the source ({@code start} inclusive, {@code end}
 * exclusive) and its text. {@code unterminated} marks a string, char literal, text block or block
 * comment that reaches the end of its line (or of the input) without its closing delimiter.
 * Immutable.
 */
record Token(TokenKind kind, int start, int end, String text, boolean unterminated) {

    boolean is(String s) {
        return (kind == TokenKind.OPERATOR || kind == TokenKind.KEYWORD) && text.equals(s);
    }

    boolean isIdentifier(String s) {
        return kind == TokenKind.IDENTIFIER && text.equals(s);
    }

    boolean isLiteral() {
        return switch (kind) {
            case NUMBER, STRING, TEXT_BLOCK, CHAR -> true;
            case KEYWORD -> text.equals("true") || text.equals("false") || text.equals("null");
            default -> false;
        };
    }
}
