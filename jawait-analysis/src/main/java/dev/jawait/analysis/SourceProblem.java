package dev.jawait.analysis;

/**
 * A syntax problem found before compilation, located in the cell source. Immutable.
 *
 * @param offset  offset in the cell source
 * @param line    1-based line
 * @param column  1-based column (in UTF-16 chars)
 * @param message what is wrong, in the user's terms
 */
public record SourceProblem(int offset, int line, int column, String message) {

    static SourceProblem at(String source, int offset, String message) {
        int[] lc = Lines.lineAndColumn(source, offset);
        return new SourceProblem(Math.clamp(offset, 0, source.length()), lc[0], lc[1], message);
    }
}
