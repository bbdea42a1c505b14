package dev.jawait;

/**
 * A compile error in the user's own terms: line and column in the cell as typed (1-based), a
 * message that speaks of {@code await} rather than of generated code, and the offending line.
 *
 * @param line        1-based line in the cell
 * @param column      1-based column of the error's start
 * @param length      how many characters the error spans on that line (at least 1)
 * @param message     the compiler's message
 * @param sourceLine  the text of that line of the cell
 */
public record CompileError(int line, int column, int length, String message, String sourceLine) {

    /** How much of a long line {@link #format()} shows around the error. */
    private static final int SHOWN = 120;

    /**
     * The error as javac-style text: message, the line, and a caret under the span. Of a line
     * longer than 120 characters (a 70,000-character string constant) only the part around the
     * error is shown, cut with {@code …}.
     */
    public String format() {
        int from = sourceLine.length() <= SHOWN ? 0 : Math.max(0, Math.min(column - 1 - SHOWN / 4, sourceLine.length() - SHOWN));
        int to = Math.min(sourceLine.length(), from + (sourceLine.length() <= SHOWN ? sourceLine.length() : SHOWN));
        String before = from > 0 ? "…" : "";
        String shown = before + sourceLine.substring(from, to) + (to < sourceLine.length() ? "…" : "");
        int caret = Math.max(0, column - 1 - from) + before.length();
        int span = Math.max(1, Math.min(length, to - (column - 1)));
        StringBuilder out = new StringBuilder();
        out.append("Error (line ").append(line).append(", column ").append(column).append("): ")
                .append(message).append('\n');
        out.append("    ").append(shown).append('\n');
        out.append("    ").append(" ".repeat(caret))
                .append(span <= 1 ? "^" : "^" + "-".repeat(span - 2) + "^");
        return out.toString();
    }
}
