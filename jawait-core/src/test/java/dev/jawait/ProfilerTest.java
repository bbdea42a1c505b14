package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.magic.RichOutput;
import dev.jawait.runtime.Display;
import dev.jawait.runtime.DisplaySink;
import dev.jawait.runtime.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code %prun} and {@code %%prun}: a JFR sampling profile of a cell, its awaits and its tasks. */
class ProfilerTest extends SessionFixture {
    /** About 0.3 s of CPU on this machine: enough samples at 10 ms to know the hot method. */
    private static final String HOT = """
            long hot(long n) {
                long sum = 0;
                for (long i = 0; i < n; i++) { sum += (i * i) % 7; }
                return sum;
            }""";
    private static final String N = "300_000_000L";

    private final List<Object> displayed = new CopyOnWriteArrayList<>();
    private DisplaySink previous;

    @TempDir
    Path dir;

    @BeforeEach
    void captureDisplays() {
        previous = Display.install(new DisplaySink() {
            @Override
            public void display(Object value, String displayId, boolean update) {
                displayed.add(value);
            }

            @Override
            public void clearOutput(boolean wait) {}
        });
    }

    @AfterEach
    void restoreDisplays() {
        Display.install(previous);
    }

    private RichOutput report() {
        assertEquals(1, displayed.size(), displayed::toString);
        return assertInstanceOf(RichOutput.class, displayed.getFirst());
    }

    /** The report's table rows (after its column header). */
    private static List<String> rows(String text) {
        List<String> lines = text.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.contains("function (where)")).findFirst().orElseThrow());
        return lines.subList(header + 1, lines.size());
    }

    @Test
    void prunOfACallNamesTheHotMethodFirstWithItsCellAndLine() {
        ok(HOT);
        CellResult result = ok("%prun hot(" + N + ")");
        assertTrue(Results.text(result).matches("\\d+"), "the code's own value comes after the report: " + result);
        String text = report().text();
        assertTrue(text.matches("(?s)\\d+ samples of CPU time.*|\\d+ execution samples.*"), text);
        assertTrue(text.contains("Calls are not counted"), text);
        String first = rows(text).getFirst();
        assertTrue(first.endsWith("hot (In[1], line 3)") || first.matches(".*hot \\(In\\[1], line \\d\\)"), text);
        assertTrue(rows(text).stream().anyMatch(row -> row.endsWith("<cell> (In[2], line 1)")), text);
        assertFalse(text.contains("REPL.") || text.contains("$JShell$") || text.contains("dev.jawait"), text);
    }

    @Test
    void cellPrunOfAnAwaitedSpawnedTaskCountsTheTasksSamples() {
        ok(HOT);
        CellResult result = ok("%%prun -q -r\nvar task = spawn(() -> hot(" + N + "));\nawait task");
        Profile profile = assertInstanceOf(Profile.class, Results.value(result));
        Profile.Method first = profile.methods().getFirst();
        assertEquals("hot", first.name(), profile.methods().toString());
        assertEquals("In[1], line 3", first.location());
        assertTrue(first.ownSamples() >= 10, () -> "the task's samples: " + profile);
        assertTrue(profile.methods().stream().anyMatch(m -> m.name().equals("<lambda>") && m.location().startsWith("In[2]")),
                profile.methods().toString());
        assertTrue(displayed.isEmpty(), "-q shows nothing: " + displayed);
    }

    @Test
    void aThreadTheCellStartsCountsEvenWhenItRunsLibraryCodeOnly() {
        ok("var big = java.math.BigInteger.ONE.shiftLeft(1_000_000);");
        // a method reference: the thread's stack holds no frame of the session's code
        CellResult result = ok("%%prun -q -r\nThread t = new Thread(big::toString);\nt.start();\nt.join();");
        Profile profile = assertInstanceOf(Profile.class, Results.value(result));
        assertTrue(profile.methods().stream().anyMatch(m -> m.name().equals("java.math.BigInteger.toString")
                && m.cumulativeSamples() > profile.samples() / 2), profile.methods().toString());
        assertTrue(profile.methods().stream().noneMatch(m -> m.name().startsWith("java.lang.Thread")), "thread machinery cut");
    }

    @Test
    void aCellThatOnlyWaitsIsReportedAsWaiting() {
        ok("%prun await sleep(300)");
        String text = report().text();
        assertTrue(text.contains("the cell was waiting (sleeping, awaiting") || text.startsWith("0 ") && text.contains("No samples"), text);
    }

    @Test
    void optionsSortLimitWriteAndReturn() throws Exception {
        ok(HOT);
        ok("long caller(long n) { return hot(n) + hot(n / 3); }");
        ok("%cd " + dir);
        CellResult result = ok("%prun -s cumulative -l 2 -T prun.txt -r caller(" + N + ")");
        assertTrue(result.notices().contains("*** Profile printout saved to text file 'prun.txt'."), result.notices().toString());
        Profile profile = assertInstanceOf(Profile.class, Results.value(result));
        String text = report().text();
        assertEquals(text, Files.readString(dir.resolve("prun.txt")).stripTrailing());
        assertTrue(text.contains("Ordered by: cumulative time"), text);
        List<String> rows = rows(text);
        assertEquals(3, rows.size(), text); // two methods and "(N more methods not shown)"
        assertTrue(rows.get(0).contains("<cell> (In[4], line 1)") && rows.get(1).contains("caller (In[2], line 1)"), text);
        assertTrue(rows.get(2).matches("\\s+\\(\\d+ more methods? not shown\\)"), text);
        assertTrue(profile.methods().size() >= 3, "the data has every method: " + profile);

        displayed.clear();
        ok("%prun -s name -q hot(1000)");
        assertTrue(displayed.isEmpty(), displayed::toString);
    }

    @Test
    void badOptionsNameTheOption() {
        assertTrue(session.execute("%prun -x hot(1)").errorText().contains("unknown option -x"));
        assertTrue(session.execute("%prun -s fastest 1 + 1").errorText().contains("unknown sort key -s fastest"));
        assertTrue(session.execute("%prun -l").errorText().contains("option -l needs a value"));
        assertTrue(session.execute("%prun -q").errorText().contains("%prun needs code to profile"));
        assertEquals("2", value("1 + 1"), "the session goes on");
    }

    @Test
    void theHtmlHasATableAndAFlameGraphNamingTheHotMethod() {
        ok(HOT);
        ok("%prun hot(" + N + ")");
        String html = report().toHtml();
        assertTrue(html.contains("<table>") && html.contains("<b>hot</b>"), html);
        int svg = html.indexOf("<svg");
        assertTrue(svg > 0 && html.indexOf("<title>hot (In[1], line", svg) > 0, html);
        assertFalse(html.contains("<script"), html);
    }
}
