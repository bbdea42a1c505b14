package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Displayed values, {@code /vars} and {@code %whos} fit on a screen: long values are cut and say how much is left out. */
class ValuesOnAScreenTest extends SessionFixture {

    @Test
    void aLongListShowsItsStartAndItsSize() {
        String text = value("IntStream.range(0, 100_000).boxed().toList()");
        assertTrue(text.startsWith("[0, 1, 2, 3, "), text);
        assertTrue(text.endsWith(", …] (100000 elements)"), text);
        assertTrue(text.matches("\\[(\\d+, )+…\\] \\(100000 elements\\)"), "elements are shown whole: " + text);
        assertTrue(text.length() < 1100, () -> text.length() + " characters");
    }

    @Test
    void collectionsMapsRecordsAndArraysAreSpelledOut() {
        assertEquals("[\"a, b\", \"c\"]", value("List.of(\"a, b\", \"c\")"), "strings inside are quoted, as at top level");
        assertEquals("{1=int[2] { 1, 2 }}", value("new TreeMap<>(Map.of(1, new int[] {1, 2}))"));
        ok("record P(String name, List<Integer> xs) {}");
        assertEquals("P[name=\"p\", xs=[1, 2]]", value("new P(\"p\", List.of(1, 2))"));
        ok("record Q(int x) { public String toString() { return \"q\" + x; } }");
        assertEquals("[q1]", value("List.of(new Q(1))"), "a record's own toString is its text");
        assertEquals("int[3][] { int[1] { 1 }, null, int[0] {  } }", value("new int[][] {{1}, null, {}}"));
        assertEquals("[(this Collection)]", value("var l = new ArrayList<Object>(); l.add(l); l"));
    }

    @Test
    void longTextIsCutWithItsLength() {
        String text = value("\"x\".repeat(5000)");
        assertEquals("\"" + "x".repeat(1000) + "…\" (5000 characters)", text);
        ok("class Big { public String toString() { return \"y\".repeat(3000); } }");
        assertTrue(value("new Big()").endsWith("y… (3000 characters)"));
    }

    @Test
    void limitsAreSettings() {
        ok("%config max_seq_length=3");
        assertEquals("[0, 1, 2, …] (10 elements)", value("IntStream.range(0, 10).boxed().toList()"));
        assertEquals("int[10] { 0, 0, 0, … }", value("new int[10]"));
        ok("%config max_value_length=10");
        assertEquals("[\"abc\", \"def\", …] (3 elements)", value("List.of(\"abc\", \"def\", \"ghi\")"),
                "short elements are shown whole or not at all");
        ok("%config max_value_length=0");
        ok("%config max_seq_length=0");
        assertEquals(5000 + 2, value("\"x\".repeat(5000)").length(), "0: no limit");
    }

    @Test
    void variableListingsAreCutToo() {
        ok("var big = IntStream.range(0, 100_000).boxed().toList();");
        String vars = session.variables().getFirst().valueText();
        assertTrue(vars.endsWith("(100000 elements)") && vars.length() < 1100, vars);
        String whos = ok("%whos").notices().getLast();
        assertTrue(whos.startsWith("big ") && whos.length() < 200, whos);
    }
}
