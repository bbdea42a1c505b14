package dev.jawait.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Which {@code _} is IPython's last value and which declares an unnamed variable. */
class LastValueReferencesTest {

    private static String replace(String code) {
        return LastValueReferences.replace(code, "$3");
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
        assertSame(code, LastValueReferences.replace(code, null));
        String noUnderscore = "1 + 1";
        assertSame(noUnderscore, replace(noUnderscore));
    }
}
