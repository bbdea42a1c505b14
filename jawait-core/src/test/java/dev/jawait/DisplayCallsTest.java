package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The display calls as a session has them (JJava's forms compile and run; without a front end
 * that shows rich output they print text), and a last line {@code display(x)} shows no id.
 */
class DisplayCallsTest extends SessionFixture {

    @Test
    void jjavaFormsCompileAndPrintTheirTextWithoutAFrontEnd() {
        String out = stdoutOf(() -> {
            ok("String id = display(\"<b>bold</b>\", \"text/html\");");
            ok("updateDisplay(id, \"<i>now</i>\");");
            ok("updateDisplay(id, 42);");
            ok("updateDisplay(id, \"<b>x</b>\", \"text/html\", \"text/markdown\");");
            ok("display(render(\"# t\", \"text/markdown\"));");
            ok("display(Map.of(\"text/html\", \"<p>raw</p>\", \"text/plain\", \"raw\"));");
            ok("display(image(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 2, (byte) 0x80, 0, 0, 1, (byte) 0xE0}));");
        });
        assertEquals("<b>bold</b>\n<i>now</i>\n42\n<b>x</b>\n# t\nraw\n[image/png 640×480]\n", out.replace("\r\n", "\n"));
    }

    @Test
    void aLastLineDisplayShowsTheDisplayNotItsId() {
        stdoutOf(() -> {
            CellResult shown = ok("display(\"<b>bold</b>\", \"text/html\")");
            assertFalse(Results.hasValue(shown), () -> "displayed " + Results.text(shown));
            assertFalse(Results.hasValue(ok("display(1)")));
            String id = value("String id = display(2); id");
            assertTrue(id.matches("\"[0-9a-f-]{36}\""), id);
        });
    }

    @Test
    void helpersAreValuesShownAsTheirText() {
        assertEquals("<b>x</b>", value("html(\"<b>x</b>\")"));
        assertEquals("[image/svg+xml]", value("svg(\"<svg/>\")"));
        assertTrue(compileError("html(1)").contains("html"));
        String printed = stdoutOf(() -> ok("display(new TreeMap<>(Map.of(\"text/html\", \"x\", \"oops\", \"y\")))"));
        assertEquals("{oops=y, text/html=x}\n", printed, "a map with a key that is no MIME type is a value, not a bundle");
    }
}
