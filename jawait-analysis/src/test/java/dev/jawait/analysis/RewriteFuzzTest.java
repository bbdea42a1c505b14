package dev.jawait.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Throws thousands of broken and odd inputs (token soups and mutations of realistic snippets) at
 * the rewriter and the analyzer and checks the invariants that must hold for any input.
 * Deterministic: a fixed seed. For a longer run pass {@code -Djawait.fuzz.inputs=200000} and
 * {@code -Djawait.fuzz.seed=N}.
 */
class RewriteFuzzTest {

    private static final List<String> CORPUS = List.of(
            "var x = await fetch(url);\nprint(x)",
            "int await = 3; await + 1",
            "latch.await();\ncond.await(1, SECONDS)",
            "void await() {}\nawait()",
            "list.forEach(Foo::await)",
            "await.foo()",
            "var s = await CompletableFuture.completedFuture(\"x\")",
            "await a.b().c + await (String) x - -await f",
            "await (await f).x",
            "String s = \"await x\"; char c = '\\''; // await y\n/* await z */",
            "var t = \"\"\"\n  await x\n  \"\"\";",
            "for await (var x : p) {\n  print(x);\n}",
            "for await (String s : p) if (s.isEmpty()) continue; else print(s);",
            "outer: for await (var x : p) {\n  for await (var y : q) { if (y) continue outer; }\n}",
            "try { await f; } catch (IOException | SQLException e) { log(e); } finally { close(); }",
            "try (var in = await open()) { in.read(); } catch (final IOException e) {}",
            "class A {\n  int x = await f;\n  void m() throws E { await g; }\n}\nnew A()",
            "record R(int x) { R { await f; } }",
            "enum E { A { void m() {} }, B; }",
            "Runnable r = () -> { await f; };\nvar q = (Runnable) () -> await f;",
            "new Thread(new Runnable() { public void run() { await f; } }).start()",
            "int[] a = {1, 2}\nprint(a)",
            "if (a) {\n} else {\n}",
            "do { x++; } while (x < 10);",
            "switch (k) { case 1 -> await f; default -> { yield await g; } }",
            "var v = switch (k) { case 1: yield await f; default: yield 0; };",
            "public static <T> List<T> twice(T x,\n    T y) {\n  return List.of(x, y);\n}",
            "import java.util.*\nimport static java.lang.Math.max;",
            "Map<String, List<Integer>> m = new HashMap<>()\nm.put(\"a\", List.of(1))",
            "x = cond\n  ? await a\n  : await b",
            "await(f)\nawait(f).x\nawait()",
            "long n = 0x7fff_ffffL + 0b1010 + 1_000 + 1.5e-3f",
            "@SuppressWarnings(\"unchecked\")\nsealed interface S permits A, B {}",
            "label: { break label; }",
            "synchronized (lock) { await cond; }",
            "var arr = new int[await n][]",
            "A.<String>of(await x).stream().map(s -> s.length()).toList()"
    );

    private static final String[] VOCABULARY = {
        "await", "await", "await", "for", "(", ")", "{", "}", "[", "]", ";", ":", "::", ",", ".", "->",
        "x", "f", "var", "int", "new", "class", "void", "return", "try", "catch", "finally", "if", "else",
        "do", "while", "switch", "case", "default", "yield", "this", "super", "\"s\"", "'c'", "\"\"\"",
        "\"", "'", "/*", "*/", "//", "\n", "\r\n", "\r", "+", "-", "!", "~", "++", "--", "?", "=", "<", ">",
        ">>", "@", "1", "0x1F", "1.5", "|", "&&", "...", "#", "\\", "record", "enum", "throws", "L",
    };

    private static final String[] INSERTS = {
        "await ", "for await ", "for await (var x : p) ", "(", ")", "{", "}", ";", "\n", "\"", "'",
        "/*", "\"\"\"", "try { ", " } catch (E e) { }", "L: ", ".", "::", "await(", "new ", "switch ",
    };

    @Test
    @Timeout(600)
    void rewriterAndAnalyzerHoldTheirInvariantsOnAnyInput() {
        Random random = new Random(Long.getLong("jawait.fuzz.seed", 20250807L));
        int total = Integer.getInteger("jawait.fuzz.inputs", 4000);
        int inputs = 0;
        for (String base : CORPUS) {
            check(base);
            inputs++;
        }
        while (inputs < total) {
            String input = switch (random.nextInt(3)) {
                case 0 -> tokenSoup(random);
                default -> mutate(CORPUS.get(random.nextInt(CORPUS.size())), random);
            };
            check(input);
            inputs++;
        }
    }

    private static String tokenSoup(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            sb.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
            sb.append(random.nextInt(4) == 0 ? "" : " ");
        }
        return sb.toString();
    }

    private static String mutate(String base, Random random) {
        StringBuilder sb = new StringBuilder(base);
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            int at = sb.isEmpty() ? 0 : random.nextInt(sb.length() + 1);
            switch (random.nextInt(6)) {
                case 0 -> sb.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
                case 1 -> {
                    if (at < sb.length()) {
                        sb.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    int to = Math.min(sb.length(), at + 1 + random.nextInt(8));
                    sb.delete(at, to);
                }
                case 3 -> {
                    if (at + 1 < sb.length()) {
                        char c = sb.charAt(at);
                        sb.setCharAt(at, sb.charAt(at + 1));
                        sb.setCharAt(at + 1, c);
                    }
                }
                case 4 -> sb.insert(at, VOCABULARY[random.nextInt(VOCABULARY.length)] + " ");
                default -> {
                    String other = CORPUS.get(random.nextInt(CORPUS.size()));
                    int from = random.nextInt(other.length());
                    sb.insert(at, other, from, Math.min(other.length(), from + 1 + random.nextInt(20)));
                }
            }
        }
        return sb.toString();
    }

    private static void check(String input) {
        checkRewrite(input);
        checkAnalysis(input);
    }

    private static void checkRewrite(String input) {
        Rewritten r;
        try {
            r = AwaitRewriter.rewriteUnchecked(input);
        } catch (AwaitSyntaxException e) {
            assertTrue(e.offset() >= 0 && e.offset() <= input.length(), () -> describe(input));
            assertTrue(e.line() >= 1 && e.column() >= 1, () -> describe(input));
            return;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("rewrite threw " + e + " for " + describe(input), e);
        }
        if (!input.contains("await")) {
            assertSame(input, r.code(), () -> describe(input));
        }
        assertEquals(count(input, '\n'), count(r.code(), '\n'), () -> describe(input) + "\n=> " + r.code());
        assertEquals(count(input, '\r'), count(r.code(), '\r'), () -> describe(input));
        PositionMap map = r.map();
        for (int i = -1; i <= r.code().length() + 1; i++) {
            int o = map.toOriginal(i);
            if (o < 0 || o > input.length()) {
                fail("offset " + i + " maps to " + o + " for " + describe(input));
            }
        }
    }

    private static void checkAnalysis(String input) {
        CellAnalysis a;
        try {
            a = CellAnalyzer.analyzeUnchecked(input);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("analyze threw " + e + " for " + describe(input), e);
        }
        assertEquals(a.completeness() == Completeness.INVALID, a.problem().isPresent(), () -> describe(input));
        a.problem().ifPresent(p -> assertTrue(p.offset() >= 0 && p.offset() <= input.length()));
        int previousEnd = 0;
        List<Integer> starts = new ArrayList<>();
        for (SnippetSource s : a.snippets()) {
            assertTrue(s.startOffset() >= previousEnd, () -> describe(input));
            assertEquals(s.originalText(), input.substring(s.startOffset(), s.startOffset() + s.originalText().length()));
            previousEnd = s.startOffset() + s.originalText().length();
            for (int i = 0; i <= s.code().length(); i++) {
                int o = s.toCellOffset(i);
                if (o < s.startOffset() || o > previousEnd) {
                    fail("snippet offset " + i + " maps to " + o + " for " + describe(input));
                }
            }
            starts.add(s.startOffset());
        }
        assertEquals(a.needsAsync(), CellAnalyzer.needsAsync(input));
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    private static String describe(String input) {
        return "input <" + input.replace("\n", "\\n").replace("\r", "\\r") + ">";
    }
}
