package dev.jawait.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Offsets in rewritten code lead back to the user's source. */
class PositionMapTest {

    /** Every non-blank character of the user's text (but the await keywords) maps back to itself. */
    private static void assertCopiedTextRoundTrips(String src) {
        Rewritten r = AwaitRewriter.rewrite(src);
        String code = r.code();
        boolean[] found = new boolean[src.length()];
        for (int i = 0; i < code.length(); i++) {
            int o = r.map().toOriginal(i);
            if (o < src.length() && src.charAt(o) == code.charAt(i)) {
                found[o] = true;
            }
        }
        for (int o = 0; o < src.length(); o++) {
            boolean inAwait = awaitCovers(src, o);
            if (!Character.isWhitespace(src.charAt(o)) && !inAwait) {
                assertTrue(found[o], "offset " + o + " of " + src + "\n=> " + code);
            }
        }
    }

    private static boolean awaitCovers(String src, int o) {
        for (int k = Math.max(0, o - 4); k <= o; k++) {
            if (src.startsWith("await", k)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void identityMapsEveryOffsetToItself() {
        PositionMap m = PositionMap.identity(10);
        for (int i = 0; i <= 10; i++) {
            assertEquals(i, m.toOriginal(i));
        }
        assertEquals(0, m.toOriginal(-5));
        assertEquals(10, m.toOriginal(99));
    }

    @Test
    void textAroundTheRewriteMapsBack() {
        String src = "var x = await f.get(1);";
        Rewritten r = AwaitRewriter.rewrite(src);
        String code = r.code();
        assertEquals(src.indexOf("f.get"), r.map().toOriginal(code.indexOf("f.get")));
        assertEquals(src.indexOf("(1)"), r.map().toOriginal(code.indexOf("(1)")));
        assertEquals(src.indexOf(";"), r.map().toOriginal(code.indexOf(";")));
        assertEquals(0, r.map().toOriginal(0));
        assertEquals(src.length(), r.map().toOriginal(code.length()));
    }

    @Test
    void generatedCallMapsToTheAwaitToken() {
        String src = "x = 1;\nvar y = await f;";
        Rewritten r = AwaitRewriter.rewrite(src);
        int at = src.indexOf("await");
        int gen = r.code().indexOf(AwaitRewriter.AWAIT_FN);
        for (int i = gen; i < gen + AwaitRewriter.AWAIT_FN.length() + 1; i++) {
            assertEquals(at, r.map().toOriginal(i));
        }
        // the closing parenthesis maps to where it was inserted: the end of the operand
        assertEquals(src.indexOf(";", at), r.map().toOriginal(r.code().lastIndexOf(")")));
    }

    @Test
    void movedForAwaitVariableMapsToItsOriginalPlace() {
        String src = "for await (String item : publisher()) {\n  print(item);\n}";
        Rewritten r = AwaitRewriter.rewrite(src);
        String code = r.code();
        int moved = code.indexOf("String item");
        assertEquals(src.indexOf("String item"), r.map().toOriginal(moved));
        assertEquals(src.indexOf("item :"), r.map().toOriginal(moved + "String ".length()));
        assertEquals(src.indexOf("publisher"), r.map().toOriginal(code.indexOf("publisher")));
        assertEquals(src.indexOf("print"), r.map().toOriginal(code.indexOf("print")));
        assertEquals(src.indexOf("for"), r.map().toOriginal(code.indexOf("try")));
    }

    @Test
    void copiedTextRoundTrips() {
        assertCopiedTextRoundTrips("var x = await f.get(1);");
        assertCopiedTextRoundTrips("await await f");
        assertCopiedTextRoundTrips("try { await f; } catch (IOException e) { log(e); }");
        assertCopiedTextRoundTrips("var r = (Runnable) () -> await f;\nint y = await (await g).x + 1;");
    }

    @Test
    void offsetsStayWithinTheOriginal() {
        String src = "for await (var x : p) await x;";
        Rewritten r = AwaitRewriter.rewrite(src);
        for (int i = -3; i < r.code().length() + 3; i++) {
            int o = r.map().toOriginal(i);
            assertTrue(o >= 0 && o <= src.length(), "offset " + i + " -> " + o);
        }
        assertEquals(r.code().length(), r.map().rewrittenLength());
        assertEquals(src.length(), r.map().originalLength());
    }
}
