package dev.jawait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code display}, {@code updateDisplay} and {@code clearOutput} reach the installed sink. */
class DisplayTest {

    @Test
    void helpersReachTheInstalledSink() {
        List<String> calls = new ArrayList<>();
        DisplaySink previous = Display.install(new DisplaySink() {
            @Override
            public void display(Object value, String displayId, boolean update) {
                calls.add((update ? "update " : "show ") + value + " " + displayId);
            }

            @Override
            public void clearOutput(boolean wait) {
                calls.add("clear " + wait);
            }
        });
        try {
            SessionHelpers.display(1);
            SessionHelpers.display("a", "id1");
            SessionHelpers.updateDisplay("b", "id1");
            SessionHelpers.clearOutput();
            SessionHelpers.clearOutput(true);
        } finally {
            Display.install(previous);
        }
        assertEquals(List.of("show 1 null", "show a id1", "update b id1", "clear false", "clear true"), calls);
    }
}
