package dev.jawait.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jawait.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeAssistHandlerTest {
    @Test
    void isCompleteAnswersInvalidForCodeThatDoesNotParse() {
        SessionStarter sessions = new SessionStarter(() -> Session.builder().build());
        try {
            CodeAssistHandler handler = new CodeAssistHandler(sessions);
            assertEquals("invalid", isComplete(handler, "int x = ;"));
            assertEquals("complete", isComplete(handler, "int x = 1;"));
            assertEquals("incomplete", isComplete(handler, "int f() {"));
            // a help request or a command is complete, so that jupyter console runs it at once
            for (String code : List.of("String.valueOf?", "f.thenApply??", "%time?", "/vars", "%autoawait")) {
                assertEquals("complete", isComplete(handler, code), code);
            }
            assertEquals("incomplete", isComplete(handler, "%%time"), "a cell magic takes the lines that follow");
        } finally {
            sessions.get().close();
        }
    }

    private static String isComplete(CodeAssistHandler handler, String code) {
        Message request = new Message(List.of(), Json.object().put("msg_type", "is_complete_request"), Json.object(),
                Json.object(), Json.object().put("code", code), List.of());
        return handler.isComplete(request).path("status").asText();
    }

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
