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

    /** The error as javac-style text: message, the line, and a caret under the span. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append("Error (line ").append(line).append(", column ").append(column).append("): ")
                .append(message).append('\n');
        out.append("    ").append(sourceLine).append('\n');
        out.append("    ").append(" ".repeat(Math.max(0, column - 1)))
                .append(length <= 1 ? "^" : "^" + "-".repeat(length - 2) + "^");
        return out.toString();
    }
}
