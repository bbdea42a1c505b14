package dev.jawait.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jawait.analysis.Highlights.Kind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    /** Each span as {@code KIND:text}. */
    private static String spans(String cell) {
        return Highlights.of(cell).stream()
                .map(s -> s.kind() + ":" + cell.substring(s.start(), s.end()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void keywordsAwaitLiteralsAndCommentsAreFound() {
        assertEquals("KEYWORD:var STRING:\"a b\" KEYWORD:await NUMBER:42 COMMENT:// done",
                spans("var s = \"a b\" + await f(42); // done"));
        assertEquals("KEYWORD:int NUMBER:null", spans("int await1 = null"));
    }

    @Test
    void magicsAndCommandsAreOneSpanAndAPercentInATextBlockIsAString() {
        assertEquals("MAGIC:%time sleep(1)", spans("%time sleep(1)"));
        assertEquals("MAGIC:/list -all", spans("/list -all"));
        assertEquals("MAGIC:%%time KEYWORD:int NUMBER:1", spans("%%time\nint x = 1;"));
        assertEquals(List.of(Kind.KEYWORD, Kind.STRING), Highlights.of("var t = \"\"\"\n%not a magic\n\"\"\";").stream()
                .map(Highlights.Span::kind).toList());
    }
}
