package dev.jawait.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Splitting cells into snippets, completeness and needs-async, as examples. */
class CellAnalyzerTest {

    private static List<String> originals(String cell) {
        return CellAnalyzer.analyze(cell).snippets().stream().map(SnippetSource::originalText).toList();
    }

    private static List<String> codes(String cell) {
        return CellAnalyzer.analyze(cell).snippets().stream().map(SnippetSource::code).toList();
    }

    private static Completeness completeness(String cell) {
        return CellAnalyzer.analyze(cell).completeness();
    }

    // ---- splitting ----------------------------------------------------------------------------

    @Test
    void theLastValueAloneIsACompleteCell() {
        assertEquals(Completeness.COMPLETE, completeness("_"));
        assertEquals(List.of("_", "_ + 1"), originals("_\n_ + 1"));
    }

    @Test
    void aDeclarationWithoutSemicolonEndsAtTheLineEnd() {
        assertEquals(List.of("var x = 1", "x + 1"), originals("var x = 1\nx + 1"));
        assertEquals(List.of("var x = 1;", "x + 1"), codes("var x = 1\nx + 1"));
    }

    @Test
    void aLineStartingWithAContinuationContinuesTheSnippet() {
        assertEquals(List.of("foo()\n  .bar()"), originals("foo()\n  .bar()"));
        assertEquals(List.of("a\n  + b"), originals("a\n  + b"));
        assertEquals(List.of("x = cond\n  ? 1\n  : 2"), originals("x = cond\n  ? 1\n  : 2"));
        assertEquals(List.of("list.stream() // comment\n  .map(x -> x)"), originals("list.stream() // comment\n  .map(x -> x)"));
    }

    @Test
    void aLineEndingInAnOperatorContinues() {
        assertEquals(List.of("int x = 1 +\n  2"), originals("int x = 1 +\n  2"));
        assertEquals(List.of("foo(1,\n  2)"), originals("foo(1,\n  2)"));
    }

    @Test
    void semicolonsSplitSnippetsOnOneLine() {
        assertEquals(List.of("int await = 3;", "await + 1"), originals("int await = 3; await + 1"));
        assertEquals(List.of("a();", "b();"), originals("a(); ; b();"));
    }

    @Test
    void controlStatementsTakeTheirContinuations() {
        assertEquals(List.of("if (a) {\n}\nelse {\n}"), originals("if (a) {\n}\nelse {\n}"));
        assertEquals(List.of("do { } while (x);"), originals("do { } while (x);"));
        assertEquals(List.of("do\n  x();\nwhile (y);", "z()"), originals("do\n  x();\nwhile (y);\nz()"));
        assertEquals(List.of("try {\n} catch (E e) {\n}\nfinally {\n}", "after()"),
                originals("try {\n} catch (E e) {\n}\nfinally {\n}\nafter()"));
        assertEquals(List.of("if (a) b(); else c();", "d()"), originals("if (a) b(); else c(); d()"));
        assertEquals(List.of("for (int i = 0; i < 3; i++)\n  print(i);", "x"), originals("for (int i = 0; i < 3; i++)\n  print(i);\nx"));
        assertEquals(List.of("outer: for (;;) { break outer; }"), originals("outer: for (;;) { break outer; }"));
        assertEquals(List.of("{ int a = 1; }", "a"), originals("{ int a = 1; }\na"));
    }

    @Test
    void declarationsEndWithTheirBody() {
        assertEquals(List.of("class A {\n}", "new A()"), originals("class A {\n}\nnew A()"));
        assertEquals(List.of("record P(int x, int y) {}", "enum E { A, B }", "interface I { void m(); }", "@interface Ann {}"),
                originals("record P(int x, int y) {}\nenum E { A, B }\ninterface I { void m(); }\n@interface Ann {}"));
        String method = "public static <T> List<T> twice(T x,\n        T y)\n        throws IOException {\n  return List.of(x, y);\n}";
        assertEquals(List.of(method, "twice(1, 2)"), originals(method + "\ntwice(1, 2)"));
        assertEquals(List.of("@Deprecated\nint[] f() { return null; }"), originals("@Deprecated\nint[] f() { return null; }"));
    }

    @Test
    void arrayInitializerAndLambdaBlocksEndAtTheLine() {
        assertEquals(List.of("int[] a = {1,2}", "print(a)"), originals("int[] a = {1,2}\nprint(a)"));
        assertEquals(List.of("int[] a = {1,2};", "print(a)"), codes("int[] a = {1,2}\nprint(a)"));
        assertEquals(List.of("Runnable r = () -> {\n  go();\n};", "r.run()"), codes("Runnable r = () -> {\n  go();\n}\nr.run()"));
    }

    @Test
    void semicolonIsAddedToDeclarationsAndStatementsButNotToExpressions() {
        assertEquals(List.of("int x = 1;", "String s;", "List<String> l = List.of();", "var v = 2;",
                        "return;".replace("return;", "throw e;"), "x + 1"),
                codes("int x = 1\nString s\nList<String> l = List.of()\nvar v = 2\nthrow e\nx + 1"));
        assertEquals(List.of("import java.util.*;", "x = 5", "foo()", "new A() { }", "a instanceof B b"),
                codes("import java.util.*\nx = 5\nfoo()\nnew A() { }\na instanceof B b"));
        assertEquals(List.of(AwaitRewriter.AWAIT_FN + "( f" + AwaitRewriter.AWAIT_CLOSE), codes("await f"));
        assertEquals(List.of(AwaitRewriter.AWAIT_FN + "( fetch(url" + ")" + AwaitRewriter.AWAIT_CLOSE), codes("await fetch(url)"));
    }

    @Test
    void blankAndCommentStretchesAreNotSnippets() {
        assertEquals(List.of("a()", "b()"), originals("\n// first\na()\n\n/* second\n */\n\nb()\n// end\n"));
        assertEquals(List.of(), originals("  \n// only a comment\n"));
    }

    @Test
    void snippetsKnowWhereTheyStart() {
        String cell = "int x = 1;\n  var y = await f;";
        SnippetSource second = CellAnalyzer.analyze(cell).snippets().get(1);
        assertEquals(cell.indexOf("var"), second.startOffset());
        assertEquals(SnippetShape.OTHER, second.shape());
        // a diagnostic on the awaited operand in the rewritten code maps to the cell
        assertEquals(cell.indexOf("f;"), second.toCellOffset(second.code().indexOf("f)")));
        assertEquals(cell.indexOf("await"), second.toCellOffset(second.code().indexOf(AwaitRewriter.AWAIT_FN)));
        assertEquals(cell.length(), second.toCellOffset(second.code().length()));
    }

    @Test
    void appendedSemicolonMapsToTheSnippetEnd() {
        String cell = "var x = await f\nx";
        SnippetSource first = CellAnalyzer.analyze(cell).snippets().get(0);
        assertTrue(first.code().endsWith(";"));
        assertEquals(cell.indexOf("\n"), first.toCellOffset(first.code().length() - 1));
    }

    @Test
    void shapes() {
        List<SnippetShape> shapes = CellAnalyzer.analyze(
                "import a.B;\nclass C {}\nvoid m() {}\nif (x) {}\nfor await (var v : p) {}\nint y = 1;")
                .snippets().stream().map(SnippetSource::shape).toList();
        assertEquals(List.of(SnippetShape.IMPORT, SnippetShape.TYPE_DECLARATION, SnippetShape.METHOD_DECLARATION,
                SnippetShape.CONTROL, SnippetShape.CONTROL, SnippetShape.OTHER), shapes);
    }

    // ---- completeness -------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n ", "// comment", "/* a */ /* b */"})
    void empty(String cell) {
        assertEquals(Completeness.EMPTY, completeness(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 + 1", "var x = 1", "class A {}", "if (a) { }", "import java.util.List",
        "for await (var x : p) {\n}", "await f", "foo()\n", "x++", "String s = \"\"\"\n  hi\n  \"\"\""})
    void complete(String cell) {
        assertEquals(Completeness.COMPLETE, completeness(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"for await (var x : p) {\n", "foo(", "int x = 1 +", "class A {", "void f()",
        "if (a)", "if (a)\n  b()", "do { }", "try {", "String s = \"\"\"\n  hi", "/* open", "x = a.",
        "var r = () -> {", "new int[] {", "for await (var x : p)"})
    void incomplete(String cell) {
        assertEquals(Completeness.INCOMPLETE, completeness(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {")", "foo())", "x = \"abc\ny", "char c = 'a", "a(];", "for await (int i = 0; i < 1; i++) {}",
        "x = await new ;"})
    void invalid(String cell) {
        CellAnalysis a = CellAnalyzer.analyze(cell);
        assertEquals(Completeness.INVALID, a.completeness());
        assertTrue(a.problem().isPresent());
    }

    @Test
    void rewriteProblemIsLocatedInTheCell() {
        CellAnalysis a = CellAnalyzer.analyze("int x = 1;\nfoo();\nfor await (;;) {}");
        assertEquals(Completeness.INVALID, a.completeness());
        SourceProblem p = a.problem().orElseThrow();
        assertEquals(3, p.line());
        assertEquals(11, p.column());
        assertEquals("int x = 1;\nfoo();\n".length() + 10, p.offset());
        assertTrue(p.message().contains("for await"), p.message());
    }

    @Test
    void unfinishedAwaitDoesNotMakeTheCellInvalid() {
        assertEquals(Completeness.INCOMPLETE, completeness("var x = await foo(\n"));
        assertTrue(CellAnalyzer.analyze("var x = await foo(\n").problem().isEmpty());
    }

    @Test
    void incompleteCellStillListsItsSnippets() {
        CellAnalysis a = CellAnalyzer.analyze("int a = 1\nfor await (var x : p) {\n  print(x);");
        assertEquals(2, a.snippets().size());
        assertEquals("int a = 1;", a.snippets().get(0).code());
    }

    // ---- needs async --------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "await f",
        "var s = await CompletableFuture.completedFuture(\"x\")",
        "int a = 1;\nprint(await f)",
        "for await (var x : p) { }",
        "Runnable r = () -> await f",
        "var r = (Runnable) () -> await f;",
        "list.forEach(x -> { await x; })",
        "if (c) { await f; }",
        "try { await f; } catch (Exception e) { }",
        "void m() { }\nawait f",
        "class A { void m() { await g; } }\nawait f",
        "x = await\n  f()",
    })
    void needsAsync(String cell) {
        assertTrue(CellAnalyzer.analyze(cell).needsAsync(), cell);
        assertTrue(CellAnalyzer.needsAsync(cell), cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1 + 1",
        "int await = 3; await + 1",
        "latch.await()",
        "cond.await(1, SECONDS)",
        "void await() {}\nawait()",
        "Foo::await",
        "await.foo()",
        "void m() { await f; }",
        "static String m() throws Exception {\n  return await f;\n}",
        "<T> T m(Future<T> f) { return await f; }",
        "class A { void m() { await f; } }",
        "class A { Runnable r = () -> await f; }",
        "record R(int x) { R { await f; } }",
        "enum E { A; void m() { await f; } }",
        "interface I { default void m() { for await (var x : p) { } } }",
        "var r = new Runnable() { public void run() { await f; } };",
        "new Thread(new Runnable() {\n  public void run() { await f; }\n}).start()",
        "String s = \"await f\"; // await g",
        "m();\nvoid m() throws E { await f; }",
    })
    void doesNotNeedAsync(String cell) {
        assertFalse(CellAnalyzer.analyze(cell).needsAsync(), cell);
        assertFalse(CellAnalyzer.needsAsync(cell), cell);
    }

    @Test
    void needsAsyncIsPerSnippetToo() {
        CellAnalysis a = CellAnalyzer.analyze("void m() { await g; }\nint x = await f;\nm()");
        assertEquals(List.of(false, true, false), a.snippets().stream().map(SnippetSource::needsAsync).toList());
        assertTrue(a.needsAsync());
    }

    @Test
    void methodBodiesThatAwaitAreStillRewritten() {
        String code = CellAnalyzer.analyze("void m() { await g; }").snippets().get(0).code();
        assertEquals("void m() { " + AwaitRewriter.AWAIT_FN + "( g" + AwaitRewriter.AWAIT_CLOSE + "; }", code);
    }

    @Test
    void analyzeNeverThrowsOnOddInput() {
        assertEquals(Completeness.EMPTY, CellAnalyzer.analyze(null).completeness());
        for (String cell : new String[] {"\0", "\"\"\"", "'", "}}}{{{", "await", "for await", "for await (",
                "@", "<", "await await await", "\\u0022", "\r\r\n\n"}) {
            // without the safety net that would turn an internal failure into INVALID
            CellAnalysis a = CellAnalyzer.analyzeUnchecked(cell);
            assertEquals(a.completeness() == Completeness.INVALID, a.problem().isPresent(), cell);
        }
    }

    @Test
    void aTryBlockAtTheEndWaitsForItsCatchOrFinally() {
        assertEquals(Completeness.INCOMPLETE, CellAnalyzer.analyze("try { await f; }").completeness());
        assertEquals(Completeness.COMPLETE,
                CellAnalyzer.analyze("try { await f; }\ncatch (IOException e) { }").completeness());
        assertEquals(Completeness.COMPLETE, CellAnalyzer.analyze("try (var r = open()) { }").completeness());
        assertEquals(Completeness.COMPLETE, CellAnalyzer.analyze("try { } finally { }").completeness());
    }
}
