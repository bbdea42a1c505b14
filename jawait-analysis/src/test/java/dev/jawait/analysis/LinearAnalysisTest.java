package dev.jawait.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Analysis and rewrite do work linear in the length of the input, whatever its shape, and never
 * overflow the stack. Nothing is timed: the work is the {@link StepCounter}'s count (characters
 * lexed, tokens read), which is exact, so these tests cannot flake. Each shape runs at a size n
 * and at 8n; the count per character must stay under a fixed bound and must not grow with n
 * (a quadratic shape would cost 8 times more per character at 8n, a cubic one 64 times).
 * The time per MB of each shape is in the benchmark (BENCHMARKS.md), not here.
 */
class LinearAnalysisTest {

    /** Steps per input character that no shape may exceed; today's worst shape needs about a third. */
    private static final int STEPS_PER_CHAR = 400;

    /** The steps of analyzing {@code cell} and of rewriting it whole, without the safety nets. */
    private static long steps(String cell) {
        StepCounter counter = new StepCounter();
        CellAnalyzer.analyzeUnchecked(cell, counter);
        try {
            AwaitRewriter.rewriteUnchecked(cell, counter);
        } catch (AwaitSyntaxException e) {
            // a malformed await is a fine answer; the work it took is what is measured
        }
        return counter.steps();
    }

    private static void assertLinear(IntFunction<String> shape, int n) {
        String small = shape.apply(n);
        String large = shape.apply(8 * n);
        double perCharSmall = (double) steps(small) / small.length();
        double perCharLarge = (double) steps(large) / large.length();
        String what = "<" + abbreviate(small) + "> at n=" + n + " and 8n: "
                + Math.round(perCharSmall) + " and " + Math.round(perCharLarge) + " steps per char";
        assertTrue(perCharLarge <= STEPS_PER_CHAR, what);
        assertTrue(perCharLarge <= 1.25 * perCharSmall + 1, what);
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() <= 60 ? one : one.substring(0, 60) + "…";
    }

    // ---- shapes that were super-linear ------------------------------------------------------------

    @Test
    void chainedAwait() {
        assertLinear(n -> "await ".repeat(n) + "f", 100);
    }

    @Test
    void chainedAwaitAcrossLines() {
        assertLinear(n -> "x = " + "await\n".repeat(n) + "f", 100);
    }

    @Test
    void chainedAwaitOverCastsAndACall() {
        assertLinear(n -> "(A) await ".repeat(n) + "await(" + "a, ".repeat(n) + "b)", 100);
    }

    @Test
    void nestedForAwait() {
        assertLinear(n -> "for await (var x : p) ".repeat(n) + "f();", 250);
    }

    @Test
    void forAwaitsAroundIfs() {
        assertLinear(n -> "for await (var x : p) if (a) ".repeat(n) + "f();", 250);
    }

    @Test
    void forAwaitBodiesThatRunOnWithCommas() {
        assertLinear(n -> "for await (var x : p) f(), ".repeat(n) + "g();", 250);
    }

    @Test
    void manyTriesThatAwait() {
        assertLinear(n -> "try { await f; } catch (IOException e) { }\n".repeat(n), 1000);
    }

    @Test
    void annotationsOnLinesOfTheirOwn() {
        assertLinear(n -> "@A\n".repeat(n) + "int x;", 250);
        assertLinear(n -> "sealed\n".repeat(n) + "int x;", 250);
        assertLinear(n -> "@A\n".repeat(n) + "int" + "[]".repeat(n) + " x;", 250);
    }

    @Test
    void lessThanThatNeverCloses() {
        assertLinear(n -> "a<b\n".repeat(n), 250);
        assertLinear(n -> "await(x, " + "a < b, ".repeat(n) + "c.<D>e())", 250);
    }

    @Test
    void closersOfTheWrongKind() {
        assertLinear(n -> "(".repeat(n) + "]".repeat(n), 250);
    }

    @Test
    void escapesInALongString() {
        assertLinear(n -> "s = \"" + "\\n".repeat(n) + "\"", 250);
    }

    // ---- deep nesting: no stack overflow, and linear ---------------------------------------------

    @Test
    void deeplyNestedIfs() {
        assertLinear(n -> "if (a) ".repeat(n) + "f();", 1250);
        assertLinear(n -> "if (a) ".repeat(n) + "f(); else g();".repeat(n), 1250);
    }

    @Test
    void deeplyNestedDoWhile() {
        assertLinear(n -> "do ".repeat(n) + "f(); while (a);".repeat(n), 1250);
        assertLinear(n -> "for await (var x : p) do ".repeat(n) + "f(); while (a);".repeat(n), 1250);
    }

    @Test
    void longIntersectionCastInAnAwait() {
        assertLinear(n -> "await (A" + " & B".repeat(n) + ") f", 1250);
    }

    @Test
    void deeplyNestedBrackets() {
        assertLinear(n -> "(".repeat(n) + "1" + ")".repeat(n), 1250);
        assertLinear(n -> "a[".repeat(n) + "0" + "]".repeat(n), 1250);
        assertLinear(n -> "{".repeat(n) + "await f;" + "}".repeat(n), 1250);
        assertLinear(n -> "await " + "(".repeat(n) + "f" + ")".repeat(n), 1250);
        assertLinear(n -> "f(await ".repeat(n) + "g" + ")".repeat(n), 1250);
        assertLinear(n -> "List<".repeat(n) + "X" + ">".repeat(n) + " x;", 1250);
    }

    @Test
    void deeplyNestedLambdasAndTernaries() {
        assertLinear(n -> "r = " + "() -> { return ".repeat(n) + "await f" + "; }".repeat(n) + ";", 1250);
        assertLinear(n -> "r = " + "x -> ".repeat(n) + "await f;", 1250);
        assertLinear(n -> "x = " + "c ? (".repeat(n) + "await f" + ") : 1".repeat(n) + ";", 1250);
        assertLinear(n -> "x = " + "c ? await f : ".repeat(n) + "0;", 1250);
    }

    @Test
    void deeplyNestedDeclarations() {
        assertLinear(n -> "class A { ".repeat(n) + "}".repeat(n), 1250);
        assertLinear(n -> "new A() { void m() { await f; ".repeat(n) + "} }".repeat(n), 1250);
        assertLinear(n -> "try { await f; ".repeat(n) + "} catch (E e) { }".repeat(n), 1250);
    }

    // ---- long flat shapes -----------------------------------------------------------------------

    @Test
    void longChains() {
        assertLinear(n -> "a" + ".b()".repeat(n), 1250);
        assertLinear(n -> "await a" + ".b(await c)".repeat(n), 1250);
        assertLinear(n -> "1" + " + await f".repeat(n), 1250);
        assertLinear(n -> "x = " + "(A) ".repeat(n) + "await f", 1250);
        assertLinear(n -> "if (a) f(); else ".repeat(n) + "g();", 1250);
        assertLinear(n -> "try { await f; }" + " catch (E e) { }".repeat(n), 1250);
    }

    @Test
    void manyStatementsAndLines() {
        assertLinear(n -> "for await (var x : p) { f(x); }\n".repeat(n), 250);
        assertLinear(n -> "await f\n".repeat(n), 1250);
        assertLinear(n -> "void m() { await f; }\n".repeat(n), 250);
        assertLinear(n -> "f(x)\n".repeat(n), 1250);
    }

    @Test
    void hugeLiterals() {
        assertLinear(n -> "s = \"" + "x".repeat(n) + "\"", 12_500);
        assertLinear(n -> "s = \"\"\"\n" + "await x\n".repeat(n) + "\"\"\"", 1250);
        assertLinear(n -> "/* await */ ".repeat(n) + "x", 1250);
    }

    @Test
    void aMegabyteExpression() {
        String cell = "1" + "+1".repeat(500_000);
        StepCounter counter = new StepCounter();
        CellAnalysis analysis = CellAnalyzer.analyzeUnchecked(cell, counter);
        assertEquals(Completeness.COMPLETE, analysis.completeness());
        assertTrue(counter.steps() <= (long) STEPS_PER_CHAR * cell.length(), counter.steps() + " steps");
    }

    @Test
    void tenThousandDeepNestingIsAnalyzedWholly() {
        String cell = "if (a) ".repeat(10_000) + "await f;";
        CellAnalysis analysis = CellAnalyzer.analyzeUnchecked(cell);
        assertEquals(Completeness.COMPLETE, analysis.completeness());
        assertTrue(analysis.needsAsync());
        assertEquals(1, analysis.snippets().size());
    }
}
