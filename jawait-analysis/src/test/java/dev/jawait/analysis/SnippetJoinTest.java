package dev.jawait.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Consecutive snippets written as one: the same lines, positions that map back to the cell. */
class SnippetJoinTest {
    private static final String CELL = "int n = 2;\na();\n\n  // between\nfor (int i = 0; i < n; i++) b(await f(i));\nc() + 1";

    private static List<SnippetSource> statements() {
        List<SnippetSource> snippets = CellAnalyzer.analyze(CELL).snippets();
        assertEquals(4, snippets.size(), snippets::toString);
        return snippets.subList(1, 4);
    }

    @Test
    void aRunEndingInAValueBecomesASwitchExpressionThatYieldsIt() {
        SnippetSource joined = SnippetJoin.yielding(statements(), CELL);
        assertEquals("switch (0) { default -> { a();\n\n  // between\n"
                + "for (int i = 0; i < n; i++) b(jawait$await( f(i)).value());\nyield c() + 1; } }", joined.code());
        assertEquals(CELL.indexOf("a();"), joined.startOffset());
        assertEquals(CELL.substring(CELL.indexOf("a();")), joined.originalText());
        assertTrue(joined.needsAsync(), "one of its parts awaits");
    }

    @Test
    void aRunOfStatementsBecomesABlockWithTheMissingSemicolonsAdded() {
        List<SnippetSource> snippets = CellAnalyzer.analyze("a()\nb();\nwhile (x) y()").snippets();
        assertEquals("{ a();\nb();\nwhile (x) y(); }", SnippetJoin.block(snippets, "a()\nb();\nwhile (x) y()").code());
    }

    @Test
    void everyPositionOfTheUsersCodeMapsBackToTheCell() {
        SnippetSource joined = SnippetJoin.yielding(statements(), CELL);
        for (String text : List.of("a();", "// between", "for (int", "b(", "f(i)", "c() + 1")) {
            int inCode = joined.code().indexOf(text.equals("f(i)") ? " f(i)" : text) + (text.equals("f(i)") ? 1 : 0);
            assertEquals(CELL.indexOf(text), joined.toCellOffset(inCode), text);
        }
        assertEquals(CELL.indexOf("c()"), joined.toCellOffset(joined.code().indexOf("yield")), "inserted text maps to where it was put");
        assertEquals(CELL.length(), joined.toCellOffset(joined.code().length()), "the end maps to the end");
    }

    @Test
    void eachLineOfTheJoinedCodeIsTheSameLineOfTheCell() {
        SnippetSource joined = SnippetJoin.yielding(statements(), CELL);
        assertEquals(joined.originalText().lines().count(), joined.code().lines().count());
    }

    @Test
    void oneSnippetIsNoRun() {
        assertThrows(IllegalArgumentException.class, () -> SnippetJoin.block(statements().subList(0, 1), CELL));
    }
}
