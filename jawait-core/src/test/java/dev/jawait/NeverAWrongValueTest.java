package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Semantics §9, "never a wrong value" (issue 12, finding 2): a snippet javac or the class loader
 * rejects is reported with its reason and leaves the session as it was; when jawait cannot compute
 * a cell's value it says so, and never shows {@code null} or an earlier value in its place.
 */
class NeverAWrongValueTest extends SessionFixture {
    private static final String TOO_LONG = "\"" + "x".repeat(70_000) + "\"";
    /** A method javac accepts at 65,535 bytes of code, which jawait's stop checks push past the limit. */
    private static final String FULL_BODY = "{ int i = 0; " + "i++; ".repeat(21_843) + "return i; }";

    @Test
    void aConstantJavacRefusesIsReportedWithItsReasonAndLaterCellsComputeRightValues() {
        String error = compileError("var big = " + TOO_LONG + ";");
        assertTrue(error.contains("constant string too long"), error);
        assertEquals("42", value("6 * 7"), "not `null`: the session's compiler works again");
        CellResult declared = ok("int y = 5;");
        assertEquals("[]", declared.notices().toString(), "no \"declared, but cannot be used\"");
        assertEquals("6", value("y + 1"));
        assertTrue(compileError("big").contains("cannot find symbol"), "nothing of the rejected snippet remains");
    }

    @Test
    void aRejectedRedefinitionLeavesTheEarlierDeclarationAndWhatUsesIt() {
        ok("String big = \"a\";");
        ok("int len() { return big.length(); }");
        compileError("var big = " + TOO_LONG + ";");
        assertEquals("\"a\"", value("big"));
        assertEquals("1", value("len()"));
        ok("String greet() { return \"hi\"; }");
        compileError("String greet() { return " + TOO_LONG + "; }");
        assertEquals("\"hi\"", value("greet()"));
    }

    @Test
    void aClassTheClassLoaderRefusesIsReportedAndTheDeclarationIsNotKept() {
        String error = compileError("int full() " + FULL_BODY);
        assertTrue(error.contains("cannot load its class"), error);
        assertTrue(error.contains("split it into smaller methods"), error);
        assertTrue(compileError("full()").contains("cannot find symbol"), "no method that fails when called");
        assertEquals("42", value("6 * 7"));
    }

    @Test
    void aValueThatWasNotComputedIsNeverShownAsNullNorAsTheLastValue() {
        assertEquals("2", value("1 + 1"));
        CellResult result = session.execute("new Object() { int full() " + FULL_BODY + " }.full()");
        assertFalse(result instanceof CellResult.Value, () -> "shown: " + result);
        assertTrue(result.errorText().contains("cannot load its class"), result.errorText());
        assertEquals("3", value("_ + 1"), "`_` is still the last value that was shown");
    }

    @Test
    void resetWorksAfterARejectedSnippet() {
        ok("int kept = 1;");
        compileError("var big = " + TOO_LONG + ";");
        CellResult reset = session.execute("/reset");
        assertEquals(CellStatus.OK, reset.status(), reset.errorText());
        assertTrue(compileError("kept").contains("cannot find symbol"));
        assertEquals("42", value("6 * 7"));
    }

    @Test
    void aRejectedSnippetInTheMiddleOfACellStopsItThere() {
        CellResult result = session.execute("int before = 1;\nString s = " + TOO_LONG + ";\nint after = 2;");
        CompileError error = assertInstanceOf(CellResult.CompileErrors.class, result).errors().getFirst();
        assertEquals(2, error.line());
        assertEquals("1", value("before"));
        assertTrue(compileError("after").contains("cannot find symbol"));
    }
}
