package dev.jawait.engine.internal;

import static dev.jawait.engine.internal.SnippetForm.ASSIGNMENT;
import static dev.jawait.engine.internal.SnippetForm.CALL;
import static dev.jawait.engine.internal.SnippetForm.NAME;
import static dev.jawait.engine.internal.SnippetForm.NEW_ANONYMOUS;
import static dev.jawait.engine.internal.SnippetForm.NONE;
import static dev.jawait.engine.internal.SnippetForm.STATEMENT;
import static dev.jawait.engine.internal.SnippetForm.VALUE;
import static dev.jawait.engine.internal.SnippetForm.VOID_CALL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jawait.analysis.CellAnalyzer;
import dev.jawait.analysis.SnippetSource;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which snippets of a cell go to JShell together. */
class StatementRunsTest {

    /** The units of {@code cell} as their codes, its snippets having {@code forms}. */
    private static List<String> plan(String cell, boolean display, SnippetForm... forms) {
        List<SnippetSource> snippets = CellAnalyzer.analyze(cell).snippets();
        assertEquals(forms.length, snippets.size(), snippets::toString);
        return StatementRuns.plan(snippets, Arrays.asList(forms), display, cell).stream()
                .map(unit -> unit.source().code()).toList();
    }

    @Test
    void statementsAndTheValueAfterADeclarationGoTogether() {
        assertEquals(List.of("var xs = f();", "switch (0) { default -> { for (var x : xs) g(x);\nyield xs.size(); } }"),
                plan("var xs = f();\nfor (var x : xs) g(x);\nxs.size()", true, NONE, STATEMENT, CALL));
    }

    @Test
    void aDeclarationEndsARunAndIsNeverInOne() {
        assertEquals(List.of("{ a();\nb(); }", "int q = 1;", "{ c();\nd(); }"),
                plan("a();\nb();\nint q = 1;\nc();\nd();", false, CALL, CALL, NONE, CALL, CALL));
        assertEquals(List.of("{ a();\nb(); }", "int q = 1;", "switch (0) { default -> { c();\nyield d(); } }"),
                plan("a();\nb();\nint q = 1;\nc();\nd();", true, CALL, CALL, NONE, CALL, CALL),
                "JShell shows the value of a last call, `;` or not: so does the joined snippet");
    }

    @Test
    void aLastValueThatIsANameOrLikelyVoidRunsOnItsOwn() {
        assertEquals(List.of("{ a();\nb(); }", "x"), plan("a();\nb();\nx", true, CALL, CALL, NAME));
        assertEquals(List.of("a();", "System.out.println(x)"),
                plan("a();\nSystem.out.println(x)", true, CALL, VOID_CALL));
        assertEquals(List.of("a();", "new Object() { int x = 1; }"),
                plan("a();\nnew Object() { int x = 1; }", true, CALL, NEW_ANONYMOUS));
    }

    @Test
    void aLastAssignmentShowsNothingEitherWaySoItJoinsAsAStatement() {
        assertEquals(List.of("{ a();\nz = 1; }"), plan("a();\nz = 1", true, CALL, ASSIGNMENT));
    }

    @Test
    void withoutDisplayTheLastSnippetJoinsOnlyAsAStatement() {
        assertEquals(List.of("{ a();\nb(); }"), plan("a();\nb()", false, CALL, CALL));
        assertEquals(List.of("a();", "x + 1"), plan("a();\nx + 1", false, CALL, VALUE));
    }

    @Test
    void unknownFormsJoinNothing() {
        List<SnippetSource> snippets = CellAnalyzer.analyze("a();\nb();").snippets();
        assertEquals(2, StatementRuns.plan(snippets, null, true, "a();\nb();").size());
    }

    @Test
    void afterAFailureOnlyThePartsUpToItsLineCountAsRun() {
        String cell = "a();\n\nb();\nc()";
        List<SnippetSource> snippets = CellAnalyzer.analyze(cell).snippets();
        StatementRuns.Unit unit = StatementRuns.plan(snippets, List.of(CALL, CALL, CALL), true, cell).getFirst();
        StackTraceElement[] failedAtLine3 = {
            new StackTraceElement("java.util.List", "get", "List.java", 10),
            new StackTraceElement("REPL.$JShell$7", "do_it$", "#7", 3),
            new StackTraceElement("REPL.$JShell$7", "lambda$do_it$0", "#7", 1)};
        // the outermost frame of the snippet is the line that ran: frames are innermost first
        StackTraceElement[] outermostLast = {failedAtLine3[0], failedAtLine3[2], failedAtLine3[1]};
        assertEquals(List.of("a();", "b();"), StatementRuns.ran(unit, outermostLast, "#7", cell).stream()
                .map(SnippetSource::originalText).toList());
        assertEquals(3, StatementRuns.ran(unit, new StackTraceElement[0], "#7", cell).size(), "no failure: all ran");
    }
}
