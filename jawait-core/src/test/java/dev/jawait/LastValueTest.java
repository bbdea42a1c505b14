package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code _} is the last displayed value (semantics §6), with its static type; listings of declarations. */
class LastValueTest extends SessionFixture {

    @Test
    void underscoreIsTheLastDisplayedValueWithItsType() {
        value("21 * 2");
        assertEquals("43", value("_ + 1"));
        value("await CompletableFuture.completedFuture(\"jawait\")");
        assertEquals("6", value("_.length()"), "the awaited value keeps its static type (String)");
        ok("int n = 5;");
        value("n");
        assertEquals("10", value("_ * 2"));
    }

    @Test
    void unnamedVariablesStayUnnamedOnceAValueWasDisplayed() {
        value("List.of(1, 2, 3)");
        assertEquals("3", value("int count = 0; for (var _ : List.of(1, 2, 3)) { count++; } count"));
        value("List.of(4, 5)");
        assertEquals("[0, 0]", value("var all = new ArrayList<Integer>();\n_.forEach(_ -> all.add(0));\nall"));
    }

    @Test
    void listingsOfDeclarations() {
        ok("int twice(int x) { return 2 * x; }");
        ok("record Point(int x, int y) {}");
        ok("import java.time.*;");
        ok("var p = new Point(1, 2);");
        assertEquals(List.of("int twice(int)"), session.methods());
        assertEquals(List.of("record Point"), session.types());
        assertEquals(List.of(new SessionVariable("p", "Point", "Point[x=1, y=2]")), session.variables());
        assertEquals("import java.time.*", session.imports().getLast());
    }
}
