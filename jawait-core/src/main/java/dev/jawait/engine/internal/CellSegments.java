package dev.jawait.engine.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a cell into line magics ({@code %name args} on a line of their own) and the stretches of
 * code between them. Code stretches keep their position: they are padded with the newlines that
 * precede them, so line numbers in errors are those of the whole cell.
 *
 * <p>Stateless and thread-safe.
 */
public final class CellSegments {
    /** One piece of a cell: a magic line, or code. */
    record Segment(boolean magic, String text) {
        /** For a magic: its name (without {@code %}). */
        String magicName() {
            String body = text.strip().substring(1);
            int space = indexOfWhitespace(body);
            return space < 0 ? body : body.substring(0, space);
        }

        /** For a magic: what follows its name. */
        String magicArgs() {
            String body = text.strip().substring(1);
            int space = indexOfWhitespace(body);
            return space < 0 ? "" : withoutLineComment(body.substring(space)).strip();
        }
    }

    private CellSegments() {}

    static List<Segment> split(String cell) {
        List<Segment> segments = new ArrayList<>();
        String[] lines = cell.split("\n", -1);
        StringBuilder code = new StringBuilder();
        int codeFirstLine = 0;
        for (int i = 0; i < lines.length; i++) {
            if (isMagicLine(lines[i])) {
                flush(segments, code, codeFirstLine);
                segments.add(new Segment(true, lines[i]));
                codeFirstLine = i + 1;
            } else {
                if (!code.isEmpty()) {
                    code.append('\n');
                }
                code.append(lines[i]);
            }
        }
        flush(segments, code, codeFirstLine);
        return segments;
    }

    /** Whether a line is a line magic (a cell's code can never start a line with {@code %}). */
    public static boolean isMagicLine(String line) {
        String stripped = line.strip();
        return stripped.length() > 1 && stripped.charAt(0) == '%' && Character.isLetter(stripped.charAt(1));
    }

    private static void flush(List<Segment> segments, StringBuilder code, int firstLine) {
        if (!code.toString().isBlank()) {
            segments.add(new Segment(false, "\n".repeat(firstLine) + code));
        }
        code.setLength(0);
    }

    /** The text up to a {@code //} comment that starts after white space, outside string literals. */
    static String withoutLineComment(String text) {
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString && c == '\\') {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString && c == '/' && text.startsWith("//", i)
                    && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
