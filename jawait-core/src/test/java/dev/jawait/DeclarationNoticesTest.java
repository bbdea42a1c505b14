package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** JShell's notices about declarations, in the user's words, said when they are true and only then. */
class DeclarationNoticesTest extends SessionFixture {

    @Test
    void aForwardReferenceInsideOneCellIsResolvedWithoutANotice() {
        assertEquals(List.of(), ok("void f1() { g1(); } void g1() { }").notices());
        ok("f1()");
    }

    @Test
    void aDeclarationThatCannotBeUsedYetSaysWhatItLacksAndCallingItSaysSoToo() {
        assertEquals(List.of("h is declared, but cannot be used until method nope() is declared"),
                ok("void h() { nope(); }").notices());
        CellResult call = session.execute("h()");
        assertEquals("Cannot run: h() cannot be called until method nope() is declared.", call.errorText());
        assertEquals("UsageError", assertInstanceOf(CellResult.Failed.class, call).errorName());
        ok("void nope() { }");
        ok("h()");
    }

    @Test
    void aVariableResetByAClassChangeIsNamed() {
        ok("class Pt { int x = 1; }");
        ok("Pt pt = new Pt();");
        assertEquals(List.of("pt was reset to null: Pt changed"), ok("class Pt { int x = 1; int y = 2; }").notices());
        assertEquals("null", value("pt"));
    }

    @Test
    void aVariableMadeUnusableByARecordChangeSaysWhy() {
        ok("record Pt(int x) {}");
        ok("var pt = new Pt(1);");
        List<String> notices = ok("record Pt(int x, int y) {}").notices();
        assertEquals(1, notices.size(), notices::toString);
        assertTrue(notices.getFirst().startsWith("pt cannot be used until `var pt = new Pt(1);` compiles again: Pt changed: "),
                notices::toString);
        assertTrue(compileError("pt").contains("cannot find symbol"));
        assertTrue(!compileError("pt").contains("location: class"), () -> compileError("pt"));
    }

    @Test
    void aMethodBodyChangeKeepsTheVariablesItInitialisedAndSaysNothing() {
        ok("int f() { return 1; }");
        ok("int v = f();");
        assertEquals(List.of(), ok("int f() { return 2; }").notices());
        assertEquals("1", value("v"));
    }
}
