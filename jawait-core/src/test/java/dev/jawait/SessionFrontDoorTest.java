package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every front end gets from the session by handing it what the user typed: JShell's
 * commands, {@code NAME?}/{@code NAME??}, exit; and what front ends used to fake: binding a value
 * with its static type, and an interrupt that reaches a cell from the moment it is submitted.
 */
class SessionFrontDoorTest extends SessionFixture {

    @Test
    void jshellCommandsAnswerInTheSessionAndTakeNoNumber() {
        ok("int twice(int x) { return 2 * x; }");
        ok("var s = \"jawait\";");
        assertEquals(List.of("|    String s = \"jawait\""), ok("/vars").notices());
        assertEquals(List.of("|    int twice(int)"), ok("/methods").notices());
        assertEquals(List.of("|    String s = \"jawait\""), ok("/v").notices(), "a unique prefix names a command");
        assertEquals(List.of("No types."), ok("/types").notices());
        assertTrue(ok("/help").notices().getFirst().contains("await EXPR"));
        assertEquals(2, session.executionCount(), "commands take no number");
        assertEquals("3", value("1 + 2"));
        assertEquals(3, session.executionCount());
    }

    @Test
    void anUnknownCommandNamesTheCloseOnes() {
        CellResult unknown = session.execute("/varz");
        String error = assertInstanceOf(CellResult.Failed.class, unknown).traceback();
        assertTrue(error.startsWith("Unknown command /varz. Did you mean /vars?"), error);
        assertEquals("UsageError", ((CellResult.Failed) unknown).errorName(), "no jawait class name is shown");
        assertTrue(session.execute("/e").succeeded(), "/e is /exit, the only command starting with e");
        assertTrue(assertInstanceOf(CellResult.Failed.class, session.execute("/exit soon")).traceback()
                .contains("integer status"));
    }

    @Test
    void exitLeavesTheFrontEndWhileSystemExitInACellDoesNot() {
        CellResult exit = session.execute("/exit 3");
        assertEquals(new CellResult.ExitRequested(0, 3, true, List.of(), List.of()), exit);
        CellResult bare = session.execute("exit");
        assertTrue(((CellResult.ExitRequested) bare).leavesSession());
        CellResult inCell = session.execute("System.exit(4);");
        assertFalse(((CellResult.ExitRequested) inCell).leavesSession(), "reported and survived");
        assertEquals("5", value("2 + 3"));
    }

    @Test
    void resetForgetsDeclarationsAndKeepsTheNumbering() {
        ok("int kept = 1;");
        assertEquals(List.of("Resetting the session: variables, methods, types and imports start afresh."),
                ok("/reset").notices());
        assertEquals(CellStatus.COMPILE_ERROR, session.execute("kept").status());
        assertEquals("2", value("1 + 1"));
        assertEquals(3, session.executionCount(), "IPython's numbering goes on after a reset");
    }

    @Test
    void helpRequestsAreOneRuleForEveryFrontEnd() {
        ok("int twice(int x) { return 2 * x; }");
        CellResult help = ok("twice?");
        assertEquals("int twice(int x)", help.page().orElseThrow());
        String detailed = ok("twice??").page().orElseThrow();
        assertTrue(detailed.contains("Source:\nint twice(int x) { return 2 * x; }"), detailed);
        assertTrue(ok("String.valueOf?").page().orElseThrow().contains("String.valueOf("),
                "found as the start of a call when the name alone documents nothing");
        assertTrue(ok("%time?").page().orElseThrow().startsWith("%time CODE"));
        assertEquals(List.of("Object `nosuch` not found."), ok("nosuch?").notices());
        assertTrue(session.execute("%nosuch?").errorText().contains("Unknown magic %nosuch"));
        assertEquals(1, session.executionCount(), "help requests take no number");
    }

    @Test
    void bindGivesAHostsValueANameAndAStaticType() {
        List<String> orders = new ArrayList<>(List.of("a", "b"));
        Type listOfString = new ParameterizedType() {
            public Type[] getActualTypeArguments() {
                return new Type[] {String.class};
            }

            public Type getRawType() {
                return List.class;
            }

            public Type getOwnerType() {
                return null;
            }
        };
        session.bind("orders", orders, listOfString);
        assertEquals("1", value("orders.get(1).length()"), "elements are Strings: no cast needed");
        orders.add("c");
        assertEquals("3", value("orders.size()"), "the host's object itself, not a copy");
        session.bind("answer", 42);
        assertEquals("43", value("answer + 1"), "an Integer, typed as its class");
        session.bind("nothing", null);
        assertEquals("null", value("nothing"));
        assertEquals(4, session.executionCount(), "four cells ran; binding takes no number");
    }

    @Test
    void bindRefusesWhatCannotBeDeclared() {
        assertThrows(JawaitException.BadArgumentsException.class, () -> session.bind("class", 1));
        assertThrows(JawaitException.BadArgumentsException.class, () -> session.bind("n", "text", Integer.class));
        assertEquals(CellStatus.COMPILE_ERROR, session.execute("n").status(), "a failed binding leaves nothing declared");
    }

    @Test
    void anInterruptReachesACellFromTheMomentItIsSubmitted() throws Exception {
        ok("var log = new java.util.concurrent.CopyOnWriteArrayList<String>();");
        // a multi-snippet cell: its syntax is checked before any of it runs; the interrupt comes
        // right after submit() returned, before or during that check, before the cell runs
        CompletableFuture<CellResult> cell = session.submit("log.add(\"first\");\nlog.add(\"second\");\nlog.size()",
                ExecutionMode.INTERACTIVE);
        session.interrupt();
        assertEquals(CellStatus.INTERRUPTED, cell.get(30, TimeUnit.SECONDS).status());
        assertEquals("[]", value("log"), "nothing of the interrupted cell ran");
        assertFalse(session.isRunning());
    }
}
