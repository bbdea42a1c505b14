package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A cell's consecutive statements are compiled as one snippet (DESIGN.md, "Joined statements"),
 * and the user cannot tell, except that it is faster: the same values with the same static
 * types, the same lines in tracebacks and errors, the same partial runs.
 */
class JoinedStatementsTest extends SessionFixture {

    @BeforeEach
    void list() {
        ok("var l = new ArrayList<Integer>();");
    }

    @Test
    void consecutiveStatementsAndTheValueRunAsOneCompiledSnippet() {
        ok("var classes = new ArrayList<String>();");
        assertEquals("true", value("classes.add(new Throwable().getStackTrace()[0].getClassName());\n"
                + "for (int i = 0; i < 2; i++) classes.add(new Throwable().getStackTrace()[0].getClassName());\n"
                + "classes.stream().distinct().count() == 1"), "all three lines in one wrapper class");
    }

    @Test
    void theValueKeepsItsOwnStaticType() {
        assertEquals("2", value("l.add(1);\nl.add(2);\nl.size()"));
        ok("var last = _;");
        assertEquals("int", session.variables().stream().filter(v -> v.name().equals("last")).findFirst().orElseThrow().type());
        assertEquals("[1, 2]", value("for (int i = 0; i < 0; i++) l.add(i);\nnew ArrayList<>(l)"));
    }

    @Test
    void aFailureNamesItsOwnLineAndTheLinesAfterItNeverRun() {
        CellResult failed = session.execute("l.add(1);\n\nl.get(100);\nl.add(99);\nl.size()");
        assertEquals(CellStatus.FAILED, failed.status());
        assertTrue(Results.traceback(failed).contains("In[2], line 3"), Results.traceback(failed));
        assertEquals("[1]", value("l"));
        String listing = String.join("\n", ok("/list").notices());
        assertTrue(listing.contains("l.get(100);"), listing);
        assertFalse(listing.contains("l.add(99)"), "a line that never ran is not listed: " + listing);
    }

    @Test
    void aCompileErrorInALaterLineLetsTheEarlierOnesRunAsJShellDoes() {
        String error = compileError("l.add(7);\nl.add(\"seven\");\nl.size()");
        assertTrue(error.contains("line 2") || error.contains("2:"), error);
        assertTrue(error.contains("String cannot be converted"), error);
        assertFalse(error.contains("switch") || error.contains("yield"), "nothing of the joined form shows: " + error);
        assertEquals("[7]", value("l"));
    }

    @Test
    void aCellEndingInAVoidCallANameOrAnAssignmentShowsWhatItShowedBefore() {
        ok("void note(Object o) { }");
        CellResult voidCall = ok("l.add(1);\nnote(l)");
        assertFalse(Results.hasValue(voidCall), "a void method shows nothing");
        ok("int z = 0;");
        assertEquals("2", value("z++;\nz++;\nz"));
        assertFalse(Results.hasValue(ok("z++;\nz = 10")), "an assignment shows nothing");
        assertEquals("16", value("z++;\nz += 5"), "a compound assignment shows its value, as in JShell");
        String printed = stdoutOf(() -> ok("for (int i = 0; i < 2; i++) l.add(i);\nSystem.out.println(l)"));
        assertEquals("[1, 0, 1]", printed.strip());
    }

    @Test
    void aDeclarationBetweenStatementsStaysTheSessions() {
        assertEquals("7", value("l.add(1);\nint q = 5;\nl.add(q);\nq + l.size()"));
        assertEquals("5", value("q"));
    }

    @Test
    void awaitWorksAcrossJoinedLines() {
        assertEquals("42", value("await sleep(1);\nl.add(await CompletableFuture.supplyAsync(() -> 41));\nl.get(0) + 1"));
        assertFalse(Results.hasValue(ok("l.add(3);\nawait sleep(1)")), "an awaited Void shows nothing, as before");
    }
}
