package dev.jawait.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodeAssistHandlerTest {
    @Test
    void indentFollowsTheLastLineAndOpensALevelAfterABracket() {
        assertEquals("    ", CodeAssistHandler.indent("for (int i = 0; i < 3; i++) {"));
        assertEquals("        ", CodeAssistHandler.indent("if (a) {\n    while (b) {\n\n"));
        assertEquals("    ", CodeAssistHandler.indent("void f() {\n    int x = 1 +"));
        assertEquals("", CodeAssistHandler.indent("int y = (1 +"));
    }

    @Test
    void cursorPositionsAreCodePointsOnTheWire() {
        String text = "\"😀\".len";
        assertEquals(text.length(), Fields.charIndex(text, 7)); // 7 code points, 8 chars
        assertEquals(7, Fields.codePoints(text, text.length()));
        assertEquals(0, Fields.charIndex(text, -3));
    }
}
