package dev.jawait.repl.internal;

import dev.jawait.Session;
import dev.jawait.analysis.Completeness;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * JLine parser that asks for another line ({@code ...:}) while the input is not a whole cell,
 * using the same analysis that runs cells, so {@code for await (var x : p) {} continues rather
 * than errors.
 *
 * <p>Thread-safe (stateless beyond JLine's defaults).
 */
final class CellParser extends DefaultParser {
    CellParser() {
        setEofOnUnclosedQuote(false);
        setEofOnUnclosedBracket();
        setEscapeChars(new char[0]);
        setQuoteChars(new char[0]);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && Session.completeness(line) == Completeness.INCOMPLETE) {
            throw new EOFError(-1, cursor, "incomplete cell");
        }
        return super.parse(line, cursor, context);
    }
}
