package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jawait.engine.internal.LastValueRewriter;
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
    void unnamedVariablesAreLeftAlone() {
        assertEquals("x = $3;", LastValueRewriter.rewrite("x = _;", "$3"));
        assertEquals("f($3, \"_\") // _", LastValueRewriter.rewrite("f(_, \"_\") // _", "$3"));
        assertEquals("list.forEach(_ -> {}); (_, b) -> b", LastValueRewriter.rewrite("list.forEach(_ -> {}); (_, b) -> b", "$3"));
        assertEquals("var _ = 1; catch (Exception _) {}", LastValueRewriter.rewrite("var _ = 1; catch (Exception _) {}", "$3"));
        assertEquals("if (o instanceof Point(var x, _)) {}", LastValueRewriter.rewrite("if (o instanceof Point(var x, _)) {}", "$3"));
        assertEquals("return $3; my_name", LastValueRewriter.rewrite("return _; my_name", "$3"));
        assertEquals("_", LastValueRewriter.rewrite("_", null), "nothing displayed yet");
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
