package dev.jawait.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.jawait.analysis.HistoryReferences.Reference;
import org.junit.jupiter.api.Test;

/** Which names are IPython's history variables, and which declare something of the user's. */
class HistoryReferencesTest {

    private static String replace(String code) {
        return HistoryReferences.replaceLastValue(code, "$3");
    }

    /** Every reference written out, so that the tests read what was found. */
    private static String all(String code) {
        return HistoryReferences.replace(code, reference -> switch (reference) {
            case Reference.LastValue(int back) -> "last" + back;
            case Reference.Output(int count) -> "out" + count;
            case Reference.Input(int count) -> "in" + count;
            case Reference.PreviousInput(int back) -> "previousIn" + back;
            case Reference.Outputs() -> "OUT";
            case Reference.Inputs() -> "IN";
        });
    }

    @Test
    void anUnderscoreInExpressionPositionIsTheLastValue() {
        assertEquals("x = $3;", replace("x = _;"));
        assertEquals("$3 * 2", replace("_ * 2"));
        assertEquals("return $3; my_name", replace("return _; my_name"));
        assertEquals("f($3, 1)", replace("f(_, 1)"));
    }

    @Test
    void unnamedVariablesAndPatternsAreLeftAlone() {
        assertEquals("list.forEach(_ -> {}); (_, b) -> b", replace("list.forEach(_ -> {}); (_, b) -> b"));
        assertEquals("var _ = 1; catch (Exception _) {}", replace("var _ = 1; catch (Exception _) {}"));
        assertEquals("if (o instanceof Point(var x, _)) {}", replace("if (o instanceof Point(var x, _)) {}"));
        assertEquals("(Map<String, Integer> m, List<int[]> _) -> 1", replace("(Map<String, Integer> m, List<int[]> _) -> 1"));
    }

    @Test
    void literalsAndCommentsAreNeverTouched() {
        assertEquals("f($3, \"_\") // _", replace("f(_, \"_\") // _"));
        assertEquals("'_' + /* _ */ $3", replace("'_' + /* _ */ _"));
        // a text block's end is not an escaped \""" (the old scanner stopped there and replaced the second _)
        String textBlock = "String s = \"\"\"\n  _ \\\"\"\" _\n  \"\"\" + _;";
        assertEquals("String s = \"\"\"\n  _ \\\"\"\" _\n  \"\"\" + $3;", replace(textBlock));
    }

    @Test
    void nothingDisplayedYetMeansNothingToReplace() {
        String code = "_ + 1";
        assertSame(code, HistoryReferences.replaceLastValue(code, null));
        String noUnderscore = "1 + 1";
        assertSame(noUnderscore, replace(noUnderscore));
    }

    @Test
    void numberedOutputsAndInputs() {
        assertEquals("out3 + out12 + last2 * last3", all("_3 + _12 + __ * ___"));
        assertEquals("out3.size() + in4.length()", all("Out[3].size() + In[4].length()"));
        assertEquals("in2 + previousIn1 + previousIn2 + previousIn3", all("_i2 + _i + _ii + _iii"));
    }

    @Test
    void outAndInAsCollections() {
        assertEquals("OUT.keySet()", all("Out.keySet()"));
        assertEquals("OUT.get(i + 1) + IN.get(IN.size() - 1)", all("Out[i + 1] + In[In.size() - 1]"));
        assertEquals("OUT.get(IN.get(out2))", all("Out[In[_2]]"));
    }

    @Test
    void namesTheUserDeclaresOrQualifiesAreLeftAlone() {
        assertEquals("int _3 = 3; _3 + 1", all("int _3 = 3; _3 + 1"));
        assertEquals("var Out = new int[2]; Out[1]", all("var Out = new int[2]; Out[1]"));
        assertEquals("System.Out + x.In[2] + In(3) + my_3", all("System.Out + x.In[2] + In(3) + my_3"));
        assertEquals("Out o = null;", all("Out o = null;"));
    }

    @Test
    void aResolverThatKnowsNothingLeavesTheCodeAsItIs() {
        String code = "_3 + Out[2] + In[x]";
        assertEquals(code, HistoryReferences.replace(code, reference -> null));
    }
}
