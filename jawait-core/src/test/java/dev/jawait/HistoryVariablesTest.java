package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** IPython's history variables: {@code Out[N]}, {@code _N}, {@code __}, {@code ___}, {@code In[N]}, {@code _iN}, {@code _i}. */
class HistoryVariablesTest extends SessionFixture {

    @Test
    void theLastValueIsAMagicsValueToo() {
        value("41");
        CellResult profiled = ok("%prun -q -r 1 + 1");
        assertTrue(Results.hasValue(profiled));
        assertEquals(Results.text(profiled), value("_"), "_ is what %prun -r showed");
        assertEquals("42", value("_1 + 1"));
        assertEquals("43", value("_ + 1"), "the engine's values again");
    }

    @Test
    void aValueWhoseClassWasRedefinedIsStillShownAsAnObject() {
        ok("record P(int x) {}");
        assertEquals("P[x=1]", value("new P(1)"));
        assertEquals("1", value("_2.x()"), "the type it was shown with");
        ok("record P(int x, int y) {}");
        assertEquals("P[x=1]", value("_2"), "the old value, no ClassCastException");
        assertEquals("P[x=1]", value("Out[2]"));
        assertEquals("2", value("new P(1, 2).y()"));
    }

    @Test
    void outAndNumberedValuesKeepTheirStaticTypes() {
        value("\"jawait\"");                                  // 1
        ok("int n = 4;");                                      // 2: no value
        value("List.of(1, 2, 3)");                             // 3
        assertEquals("6", value("Out[1].length()"), "a String, not an Object");
        assertEquals("3", value("_3.size()"));
        assertEquals("\"jawait\"", value("_1"));
        assertEquals("true", value("Out.containsKey(3) && !Out.containsKey(2)"));
        assertEquals("[1, 3, 4, 5, 6, 7]", value("new ArrayList<>(Out.keySet())"));
        assertEquals("\"jawait\"", value("Out[0 + 1]"), "an index that is not a literal reads the map");
    }

    @Test
    void theLastThreeValues() {
        value("1");
        value("\"two\"");
        value("3.0");
        assertEquals("\"3.0 two 1\"", value("_ + \" \" + __ + \" \" + ___"));
        assertEquals("3", value("___.length()"), "___ is the third last value: \"two\", a String");
    }

    @Test
    void inputsAreTheCellsSources() {
        ok("int a = 1;");
        ok("int b = 2;");
        assertEquals("\"int b = 2; int a = 1;\"", value("_i + \" \" + _ii"));
        assertEquals("\"int a = 1;\"", value("In[1]"));
        assertEquals("\"int b = 2;\"", value("_i2"));
        assertEquals("\"In[In.size() - 1]\"", value("In[In.size() - 1]"), "the running cell is In[N] already");
        assertEquals("\"\"", value("In[0]"));
    }

    @Test
    void missingValuesAreClearErrorsAndTheSessionGoesOn() {
        ok("int a = 1;");
        assertTrue(session.execute("_1").errorText().contains("cell 1 displayed none"), session.execute("_1").errorText());
        assertTrue(session.execute("Out[9]").errorText().contains("cell 9 has not run yet"));
        assertTrue(session.execute("__").errorText().contains("fewer than 2 values were displayed"));
        assertEquals("2", value("a + 1"));
    }

    @Test
    void errorsShowTheCodeAsTyped() {
        value("2.5");
        String error = compileError("int x = 1;\nOut[1].length()");
        assertTrue(error.contains("(line 2, column 1)") && error.contains("    Out[1].length()\n    ^-----------^"), error);
        assertFalse(error.contains("$jw"), error);
    }

    @Test
    void namesTheUserDeclaresAreTheirs() {
        value("10");
        ok("int _1 = 5;");
        assertEquals("6", value("_1 + 1"));
        ok("var Out = new int[] {7, 8};");
        assertEquals("8", value("Out[1]"));
    }

    @Test
    void outKeepsOnlyCacheSizeValues() {
        ok("%config cache_size=2");                            // 1
        value("1");                                            // 2
        value("2");                                            // 3
        value("3");                                            // 4
        String error = session.execute("_2").errorText();
        assertTrue(error.contains("no longer kept") && error.contains("cache_size"), error);
        assertEquals("[3, 4]", value("new ArrayList<>(Out.keySet())"));
        ok("%config cache_size=0");
        ok("int after = 0;");
        assertEquals("0", value("Out.size()"), "the values are let go from the next cell on");
    }

    @Test
    void resetForgetsValuesButNotSources() {
        value("42");
        ok("/reset");
        String error = session.execute("_1").errorText();
        assertTrue(error.contains("/reset"), error);
        assertEquals("\"42\"", value("In[1]"));
    }

    @Test
    void listShowsHistoryNamesAsTheUserTypedThem() {
        ok("21");
        ok("Out[1] * 2");
        ok("var t = _i2 + _1;");
        String listing = String.join("\n", ok("/list").notices());
        assertTrue(listing.contains("2 : Out[1] * 2"), listing);
        assertTrue(listing.contains("3 : var t = _i2 + _1;"), listing);
    }
}
