package dev.jawait.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The await rewrite, as examples: what the user writes and what JShell gets. */
class AwaitRewriterTest {

    private static final String AWAIT = AwaitRewriter.AWAIT_FN + "(";
    private static final String EACH = AwaitRewriter.EACH_FN + "(";

    private static String rw(String src) {
        return AwaitRewriter.rewrite(src).code();
    }

    /**
     * Writes the expected code with short names: {@code A(…)} for the await call (closed by
     * {@link AwaitRewriter#AWAIT_CLOSE}), {@code E(} for each.
     */
    private static void expect(String expected, String src) {
        assertEquals(closeAwaits(expected).replace("A(", AWAIT).replace("E(", EACH), rw(src), src);
    }

    /** Replaces the {@code )} that closes each {@code A(} with {@link AwaitRewriter#AWAIT_CLOSE}. */
    private static String closeAwaits(String expected) {
        StringBuilder out = new StringBuilder(expected);
        for (int open = out.indexOf("A("); open >= 0; open = out.indexOf("A(", open + 1)) {
            if (open > 0 && Character.isJavaIdentifierPart(out.charAt(open - 1))) {
                continue; // part of a longer name
            }
            int depth = 0;
            for (int i = open + 1; i < out.length(); i++) {
                char c = out.charAt(i);
                if (c == '"') {
                    i = out.indexOf("\"", i + 1);
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    out.replace(i, i + 1, AwaitRewriter.AWAIT_CLOSE);
                    break;
                }
            }
        }
        return out.toString();
    }

    // ---- await as an identifier ---------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "int await = 3; await + 1",
        "await - 1",
        "latch.await()",
        "cond.await(1, SECONDS)",
        "lock.newCondition().await(1, TimeUnit.SECONDS)",
        "void await() {}",
        "void await(long millis) { Thread.sleep(millis); }",
        "static <T> T await(Future<T> f) throws Exception { return f.get(); }",
        "<T> T await(CompletableFuture<T> f) { return f.join(); }",
        "await()",
        "await(1, SECONDS)",
        "Foo::await",
        "list.forEach(Foo::await)",
        "await.foo()",
        "await.await(await)",
        "await = 5",
        "await++",
        "String await;",
        "List<String> await = List.of()",
        "int[] await = {1}",
        "class await {}",
        "x instanceof await",
        "await ? 1 : 2",
        "await",
        "(await)",
        "f(await, await)",
        "import static a.B.await;",
        "await: for (;;) break await;",
        "this.await(x)",
        "\"await x\" + 'a' // await y",
        "/* await x */ y",
        "\"\"\"\n  await x\n  \"\"\"",
    })
    void awaitUsedAsAnIdentifierIsLeftAlone(String src) {
        assertSame(src, rw(src));
    }

    @Test
    void inputWithoutAwaitIsReturnedIdentical() {
        String src = "var x = foo(1)\n  .bar();\nclass A { void f() {} }\n";
        Rewritten r = AwaitRewriter.rewrite(src);
        assertSame(src, r.code());
        assertEquals(7, r.map().toOriginal(7));
    }

    // ---- the operator and its precedence ------------------------------------------------------

    @Test
    void awaitsAUnaryExpression() {
        expect("A( f)", "await f");
        expect("A( a.b().c)", "await a.b().c");
        expect("A( a) + b", "await a + b");
        expect("A( a) * A( b)", "await a * await b");
        expect("-A( f)", "-await f");
        expect("!A( f)", "!await f");
        expect("A( !f)", "await !f");
        expect("A( ++i)", "await ++i");
        expect("A( arr[i])[j]".replace("[j]", ""), "await arr[i]");
        expect("A( a.b[1].c(2).d++)", "await a.b[1].c(2).d++");
        expect("A( A.<String>of(x).y)", "await A.<String>of(x).y");
        expect("A( new Foo<>(1, 2))", "await new Foo<>(1, 2)");
        expect("A( new Foo() { int x; }.bar())", "await new Foo() { int x; }.bar()");
        expect("A( new int[] {1}[0])", "await new int[] {1}[0]");
        expect("A( outer.new Inner())", "await outer.new Inner()");
        expect("A( this.f)", "await this.f");
        expect("A( super.f())", "await super.f()");
        expect("A( \"lit\")", "await \"lit\"");
        expect("A( switch (k) { case 1 -> f; default -> g; })", "await switch (k) { case 1 -> f; default -> g; }");
        expect("A( (f))", "await (f)");
        expect("A( f)::join", "await f::join");
    }

    @Test
    void castsBelongToTheOperandAndCanBeAppliedToTheResult() {
        expect("A( (CompletableFuture<String>) f)", "await (CompletableFuture<String>) f");
        expect("(String) A( f)", "(String) await f");
        expect("A( (a) + b)".replace(" + b)", ") + b"), "await (a) + b");
    }

    @Test
    void parenthesizedFormIsTheSameOperator() {
        expect("A((f))", "await(f)");
        expect("A((f).x)", "await(f).x"); // a prefix operator: the selector is part of the operand
        expect("A((f(1, 2)))", "await(f(1, 2))");
        expect("A((new HashMap<A, B>()))", "await(new HashMap<A, B>())");
    }

    @Test
    void operatorInExpressionPositions() {
        expect("var s = A( CompletableFuture.completedFuture(\"x\"))",
                "var s = await CompletableFuture.completedFuture(\"x\")");
        expect("return A( f);", "return await f;");
        expect("yield A( f);", "yield await f;");
        expect("throw A( f);", "throw await f;");
        expect("x = c ? A( a) : A( b);", "x = c ? await a : await b;");
        expect("if (c) A( f);", "if (c) await f;");
        expect("foo(A( a), A( b))", "foo(await a, await b)");
        expect("case 1 -> A( f);", "case 1 -> await f;");
        expect("list.add(A( f))", "list.add(await f)");
        expect("await = A( f)", "await = await f");
    }

    @Test
    void nestedAwaits() {
        expect("A( A( f))", "await await f");
        expect("A( (A( f)).x)", "await (await f).x");
        expect("A( g(A( f)))", "await g(await f)");
        expect("A( A( A( f)))", "await await await f");
    }

    @Test
    void awaitsInsideLambdasClassesAndMethods() {
        expect("Runnable r = () -> A( f);", "Runnable r = () -> await f;");
        expect("var r = (Runnable) () -> A( f);", "var r = (Runnable) () -> await f;");
        expect("void m() { A( f); }", "void m() { await f; }");
        expect("new Runnable() { public void run() { A( f); } }", "new Runnable() { public void run() { await f; } }");
        expect("class C { int x = A( f); }", "class C { int x = await f; }");
    }

    @Test
    void operandMayContinueOnTheNextLine() {
        expect("x = A(\n  fetch()\n  .body())", "x = await\n  fetch()\n  .body()");
    }

    // ---- for await ----------------------------------------------------------------------------

    @Test
    void forAwaitWithABlockBody() {
        expect("try (var $jw1 = E( p)) { for (var x : $jw1) {\n  print(x);\n} }",
                "for await (var x : p) {\n  print(x);\n}");
    }

    @Test
    void forAwaitWithASingleStatementBody() {
        expect("try (var $jw1 = E( p)) { for (String s : $jw1) print(s); }", "for await (String s : p) print(s);");
        expect("try (var $jw1 = E( p)) { for (var x : $jw1) if (x) a(); else if (y) b(); else c(); }",
                "for await (var x : p) if (x) a(); else if (y) b(); else c();");
        expect("try (var $jw1 = E( p)) { for (var x : $jw1) while (x) { y(); } }", "for await (var x : p) while (x) { y(); }");
        expect("try (var $jw1 = E( p)) { for (var x : $jw1) do x(); while (y); }", "for await (var x : p) do x(); while (y);");
        expect("try (var $jw1 = E( p)) { for (var x : $jw1) try { a(); } catch (E e) { } finally { } }",
                "for await (var x : p) try { a(); } catch (E e) { } finally { }");
        expect("try (var $jw1 = E( p)) { for (var x : $jw1) switch (x) { default -> a(); } }",
                "for await (var x : p) switch (x) { default -> a(); }");
        expect("try (var $jw1 = E( p)) { for (var x : $jw1) synchronized (x) { a(); } }",
                "for await (var x : p) synchronized (x) { a(); }");
        expect("try (var $jw1 = E( p)) { for (var x : $jw1) ; }", "for await (var x : p) ;");
    }

    @Test
    void forAwaitKeepsWhatFollowsOutsideTheLoop() {
        expect("try (var $jw1 = E( p)) { for (var x : $jw1) a(); } b();", "for await (var x : p) a(); b();");
        expect("if (c) try (var $jw1 = E( p)) { for (var x : $jw1) a(); } else b();",
                "if (c) for await (var x : p) a(); else b();");
    }

    @Test
    void labelsMoveInsideTheTrySoContinueStillWorks() {
        expect("try (var $jw1 = E( p)) { outer: for (var x : $jw1) {\n  for (var y : x) { if (y) continue outer; }\n} }",
                "outer: for await (var x : p) {\n  for (var y : x) { if (y) continue outer; }\n}");
        expect("try (var $jw1 = E( p)) { a: b: for (var x : $jw1) { break a; } }",
                "a: b: for await (var x : p) { break a; }");
    }

    @Test
    void caseLabelsAreNotMoved() {
        expect("switch (k) { case L: try (var $jw1 = E( p)) { for (var x : $jw1) { } } }",
                "switch (k) { case L: for await (var x : p) { } }");
    }

    @Test
    void nestedForAwaitGetsFreshNames() {
        expect("try (var $jw1 = E( p)) { for (var x : $jw1) try (var $jw2 = E( x.items())) { for (var y : $jw2) print(y); } }",
                "for await (var x : p) for await (var y : x.items()) print(y);");
    }

    @Test
    void awaitsInForAwaitHeadersAndBodies() {
        expect("try (var $jw1 = E( A( fetch()))) { for (var x : $jw1) { A( x.save()); } }",
                "for await (var x : await fetch()) { await x.save(); }");
        expect("Runnable r = () -> { try (var $jw1 = E( p)) { for (var x : $jw1) { } } };",
                "Runnable r = () -> { for await (var x : p) { } };");
    }

    @Test
    void forAwaitMovesTheDeclarationButKeepsItsLine() {
        String src = "for await (final\n  String s : p) {}";
        String code = rw(src);
        assertEquals("try (var $jw1 = E(\n p)) { for (final String s : $jw1) {} }".replace("E(", EACH), code);
    }

    // ---- try/catch ----------------------------------------------------------------------------

    @Test
    void tryThatAwaitsDeclaresItsCaughtTypes() {
        expect("try {dev.jawait.runtime.Await.<IOException>declare(); A( f); } catch (IOException e) { }",
                "try { await f; } catch (IOException e) { }");
    }

    @Test
    void multiCatchDeclaresEachAlternative() {
        expect("try {dev.jawait.runtime.Await.<IOException>declare();dev.jawait.runtime.Await.<java.sql.SQLException>declare();"
                        + "dev.jawait.runtime.Await.<TimeoutException>declare(); A( f); } "
                        + "catch (IOException | java.sql.SQLException e) { } catch (final TimeoutException e) { }",
                "try { await f; } catch (IOException | java.sql.SQLException e) { } catch (final TimeoutException e) { }");
    }

    @Test
    void tryWithResourcesThatAwaits() {
        expect("try (var in = A( open())) {dev.jawait.runtime.Await.<IOException>declare(); in.read(); } "
                        + "catch (IOException e) { } finally { }",
                "try (var in = await open()) { in.read(); } catch (IOException e) { } finally { }");
    }

    @Test
    void tryWithoutAwaitOrWithoutCatchIsUnchanged() {
        expect("try { f(); } catch (IOException e) { } A( g);", "try { f(); } catch (IOException e) { } await g;");
        expect("try { A( g); } finally { }", "try { await g; } finally { }");
    }

    @Test
    void tryAroundAForAwaitDeclares() {
        expect("try {dev.jawait.runtime.Await.<IOException>declare(); try (var $jw1 = E( p)) { for (var x : $jw1) { } } } catch (IOException e) { }",
                "try { for await (var x : p) { } } catch (IOException e) { }");
    }

    // ---- lines, errors ------------------------------------------------------------------------

    @Test
    void lineBreaksStayWhereTheyWere() {
        String src = "var a = await\n  f(\n 1);\nfor await (var x\n : p)\n  if (x)\n print(x);\r\nelse {\r\n}\n"
                + "try {\n await g;\n} catch (E\n e) {}";
        String code = rw(src);
        assertEquals(src.lines().count(), code.lines().count());
        assertEquals(Lines.count(src), Lines.count(code));
        assertTrue(code.lines().toList().get(6).contains("print(x)"), code);
    }

    @Test
    void malformedForAwaitIsASyntaxError() {
        AwaitSyntaxException e = assertThrows(AwaitSyntaxException.class, () -> rw("x();\nfor await (int i = 0; i < 3; i++) {}"));
        assertEquals(2, e.line());
        assertEquals(11, e.column());
        assertTrue(e.getMessage().contains("for await"), e.getMessage());
        assertThrows(AwaitSyntaxException.class, () -> rw("for await ( : p) {}"));
        assertThrows(AwaitSyntaxException.class, () -> rw("for await (var x : ) {}"));
        assertThrows(AwaitSyntaxException.class, () -> rw("for await (var x : p"));
        assertThrows(AwaitSyntaxException.class, () -> rw("for await (var x : p) {"));
        assertThrows(AwaitSyntaxException.class, () -> rw("for await (await x : p) {}"));
    }

    @Test
    void awaitWithoutAnOperandIsASyntaxError() {
        AwaitSyntaxException e = assertThrows(AwaitSyntaxException.class, () -> rw("x = await new ;"));
        assertEquals(1, e.line());
        assertEquals(15, e.column());
        assertTrue(e.getMessage().contains("'await'"), e.getMessage());
        assertThrows(AwaitSyntaxException.class, () -> rw("await (f"));
        assertThrows(AwaitSyntaxException.class, () -> rw("await a."));
        assertThrows(AwaitSyntaxException.class, () -> rw("await !"));
    }

    @Test
    void constantsNameTheRuntime() {
        assertEquals("jawait$await", AwaitRewriter.AWAIT_FN, "unqualified: adapters add overloads by static import");
        assertEquals("jawait$each", AwaitRewriter.EACH_FN);
        assertEquals("dev.jawait.runtime.Await.declare", AwaitRewriter.DECLARE_FN);
    }
}
