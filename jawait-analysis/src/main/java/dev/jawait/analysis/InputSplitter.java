package dev.jawait.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts lines of text into inputs as a prompt does: a line is added to the input being read until
 * {@link CellInput#completeness} says it is not incomplete; blank lines between inputs are
 * skipped. Piped input is read this way, and so are files opened with {@code /open} and the text
 * an editor returns to {@code /edit}.
 *
 * <p>Not thread-safe: one per stream of lines.
 */
public final class InputSplitter {
    /** A splitter with no input read yet. */
    public InputSplitter() {}
    private final StringBuilder input = new StringBuilder();

    /** The inputs of a whole text, in order (an unfinished last one included). */
    public static List<String> split(String text) {
        InputSplitter splitter = new InputSplitter();
        List<String> inputs = new ArrayList<>();
        text.lines().forEach(line -> splitter.add(line).ifPresent(inputs::add));
        splitter.rest().ifPresent(inputs::add);
        return inputs;
    }

    /** Adds the next line (without its line end); returns the input it completes, if it completes one. */
    public Optional<String> add(String line) {
        if (input.isEmpty() && line.isBlank()) {
            return Optional.empty();
        }
        if (!input.isEmpty()) {
            input.append('\n');
        }
        input.append(line);
        // asked as the terminal asks: the input so far, without the newline of the line entered
        if (CellInput.completeness(input.toString()) == Completeness.INCOMPLETE) {
            return Optional.empty();
        }
        String complete = input.toString();
        input.setLength(0);
        return Optional.of(complete);
    }

    /** What was left unfinished at the end of the lines, if anything but blanks. */
    public Optional<String> rest() {
        String left = input.toString();
        input.setLength(0);
        return left.isBlank() ? Optional.empty() : Optional.of(left);
    }
}
