package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.analysis.Completeness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, finding 7: what used to give unclear messages now says what is wrong and what to do. */
class ClearMessagesTest extends SessionFixture {
    @TempDir
    Path dir;

    @Test
    void anExpressionTooDeeplyNestedForJavacSaysSoAndIsNotARunnerFailure() {
        List<String> printed = new CopyOnWriteArrayList<>();
        try (Session listened = Session.builder().outputListener((tag, stderr, text) -> printed.add(text)).build()) {
            CellResult result = listened.execute("1" + "+1".repeat(500_000));
            assertEquals(CellStatus.COMPILE_ERROR, result.status(), result.errorText());
            assertTrue(result.errorText().contains("nested too deeply"), result.errorText());
            assertFalse(result.errorText().contains("runner"), result.errorText());
            assertTrue(printed.stream().noneMatch(text -> text.contains("compiler")), "javac's crash report is not shown");
            CellResult next = listened.execute("6 * 8");
            assertEquals("48", Results.text(next), "the session goes on");
        }
    }

    @Test
    void codeThatDoesNotParseIsInvalidNotComplete() {
        assertEquals(Completeness.INVALID, session.checkedCompleteness("int x = ;"));
        assertEquals(Completeness.INVALID, session.checkedCompleteness("int a = 1;\nint b = 2 +* 3;"));
        assertEquals(Completeness.COMPLETE, session.checkedCompleteness("int x = 1;"));
        assertEquals(Completeness.COMPLETE, session.checkedCompleteness("String.valueOf?"));
        assertEquals(Completeness.COMPLETE, session.checkedCompleteness("_ + 1"), "`_` stands for a value");
        assertEquals(Completeness.COMPLETE, session.checkedCompleteness("%%time\nint x = 1;\n"));
        assertEquals(Completeness.INCOMPLETE, session.checkedCompleteness("int f() {"));
        assertEquals(Completeness.EMPTY, session.checkedCompleteness("  "));
    }

    @Test
    void aPromptThatOnlyAsksForMoreLinesAgreesWithTheCheckedVerdict() {
        for (String input : List.of("int x = ;", "int x = 1;", "int f() {", "String.valueOf?", "%time 1 +", "/vars")) {
            boolean promptAsksForMore = Session.completeness(input) == Completeness.INCOMPLETE;
            assertEquals(promptAsksForMore, session.checkedCompleteness(input) == Completeness.INCOMPLETE, input);
        }
    }
}
