package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.history.HistoryEntry;
import dev.jawait.history.HistoryStore;
import dev.jawait.history.InMemoryHistory;
import dev.jawait.magic.MagicResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What front ends build on: magics that run code, output routing, history, completion, docs. */
class FrontEndApiTest extends SessionFixture {

    @Test
    void aCellMagicGetsTheBodyAndCanRunItInTheCurrentCell() {
        session.magics().register("twice", (context, args, body) -> {
            CellResult first = context.run(body);
            CellResult second = context.run(body);
            return MagicResult.ran(List.of("ran twice " + args), second.succeeded() ? second : first);
        });
        ok("int n = 0;");
        CellResult result = ok("%%twice fast\nn += 1;\nawait CompletableFuture.completedFuture(n)");
        assertEquals(List.of("ran twice fast"), result.notices());
        assertEquals("2", Results.text(result));
        assertEquals(2, result.executionCount(), "code a magic runs belongs to the same cell");
        assertTrue(session.execute("%%nosuch\n1").errorText().contains("Unknown magic %%nosuch"));
    }

    @Test
    void aCellMagicContinuesUntilABlankLine() {
        assertEquals(dev.jawait.analysis.Completeness.INCOMPLETE, Session.completeness("%%time"));
        assertEquals(dev.jawait.analysis.Completeness.INCOMPLETE, Session.completeness("%%time\nint x = 1;"));
        assertEquals(dev.jawait.analysis.Completeness.COMPLETE, Session.completeness("%%time\nint x = 1;\n"));
        assertEquals(dev.jawait.analysis.Completeness.COMPLETE, Session.completeness("%time 1 + 1"));
    }

    @Test
    void aLineMagicCanRunCodeAndShowItsValue() {
        session.magics().register("echo", (context, args) -> MagicResult.ran(List.of("echo:"), context.run(args)));
        CellResult result = ok("%echo await CompletableFuture.completedFuture(\"x\")");
        assertEquals("\"x\"", Results.text(result));
        assertEquals(List.of("echo:"), result.notices());
    }

    @Test
    void outputIsRoutedToTheCellThatStartedTheWorkEvenWhileAnotherCellRuns() throws Exception {
        Map<Object, StringBuilder> byCell = new ConcurrentHashMap<>();
        OutputListener listener = (tag, stderr, text) ->
                byCell.computeIfAbsent(tag == null ? "none" : tag, t -> new StringBuilder()).append(stderr ? "E:" : "").append(text);
        try (Session routed = Session.builder().outputListener(listener).build()) {
            routed.execute("System.out.println(\"hello\");", CellOptions.interactive().withOutputTag("cell-1"));
            routed.execute("var t = spawn(() -> { await sleep(300); System.out.println(\"late\"); return 0; });",
                    CellOptions.interactive().withOutputTag("cell-2"));
            routed.execute("await sleep(600); System.err.println(\"mine\");", CellOptions.interactive().withOutputTag("cell-3"));
            assertEquals("hello\n", byCell.get("cell-1").toString());
            assertEquals("late\n", byCell.get("cell-2").toString(), "the task's output goes to the cell that spawned it");
            assertEquals("E:mine\n", byCell.get("cell-3").toString());
        }
    }

    @Test
    void interactiveCellsAreRecordedInHistoryWithTheirDisplayedOutput() {
        InMemoryHistory store = new InMemoryHistory();
        try (Session recorded = Session.builder().history(store).build()) {
            recorded.execute("int a = 1;");
            recorded.execute("a + 41");
            recorded.execute("1", CellOptions.interactive().withStoreHistory(false));
            List<HistoryEntry> entries = recorded.history().range(recorded.historySession(), 1, 0);
            assertEquals(List.of(new HistoryEntry(recorded.historySession(), 1, "int a = 1;", null),
                    new HistoryEntry(recorded.historySession(), 2, "a + 41", "42")), entries);
            assertEquals(2, recorded.executionCount(), "a silent cell gets no number");
            assertEquals(1, store.search("a +*", 0, true).size());
        }
    }

    @Test
    void aCellsResultDoesNotWaitForItsHistoryRecord() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        InMemoryHistory real = new InMemoryHistory();
        HistoryStore slow = new HistoryStore() { // a database that is still opening, or busy, when cells are recorded
            @Override public long startSession() { return real.startSession(); }
            @Override public void record(long session, int line, String input, String output) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                real.record(session, line, input, output);
            }
            @Override public List<HistoryEntry> tail(int n) { return real.tail(n); }
            @Override public List<HistoryEntry> range(long session, int start, int stop) { return real.range(session, start, stop); }
            @Override public List<HistoryEntry> search(String glob, int n, boolean unique) { return real.search(glob, n, unique); }
            @Override public void close() { }
        };
        try (Session recorded = Session.builder().history(slow).build()) {
            try {
                List<String> values = assertTimeoutPreemptively(Duration.ofSeconds(30),
                        () -> List.of(Results.text(recorded.execute("1 + 1")), Results.text(recorded.execute("1 + 2"))),
                        "a result waited for its history record");
                assertEquals(List.of("2", "3"), values);
                CompletableFuture<List<HistoryEntry>> read = new CompletableFuture<>();
                Thread reader = Thread.ofPlatform().start(
                        () -> read.complete(recorded.history().range(recorded.historySession(), 1, 0)));
                while (reader.getState() != Thread.State.WAITING && !read.isDone()) {
                    Thread.onSpinWait(); // until the reader waits (for the records) or has read without waiting
                }
                assertFalse(read.isDone(), "a reader waits for the cells recorded before it");
                release.countDown();
                assertEquals(List.of("1 + 1", "1 + 2"),
                        read.get(10, TimeUnit.SECONDS).stream().map(HistoryEntry::input).toList(), "in order");
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    void startUpImportsAreListedOneByOneAndSurviveTheUserImportingOneOfThemAgain() {
        List<String> imports = session.imports();
        assertTrue(imports.containsAll(List.of("import java.io.*", "import java.math.*", "import java.util.*",
                "import static dev.jawait.runtime.AwaitCalls.*")), imports.toString());
        assertTrue(imports.stream().noneMatch(i -> i.contains("StartupImports")), imports.toString());
        ok("import java.io.*;");
        assertEquals("1", Results.text(ok("BigInteger.ONE")), "java.math.* is still imported");
        assertEquals("2", Results.text(ok("await CompletableFuture.completedFuture(2)")), "and the static imports");
    }

    @Test
    void completionWorksAfterAwaitAndOnMagicLines() {
        ok("var f = CompletableFuture.completedFuture(\"x\");");
        Completion members = session.complete("await f.th", 10);
        assertTrue(members.candidates().contains("thenApply("), members.toString());
        assertEquals(8, members.anchor());
        Completion afterStatements = session.complete("int q = 1;\nf.isD", 16);
        assertTrue(afterStatements.candidates().contains("isDone()"), afterStatements.toString());
        assertEquals(List.of("autoawait"), session.complete("%auto", 5).candidates());
    }

    @Test
    void documentationOfTheSymbolAtTheCursor() {
        String docs = session.documentation("String.valueOf(", 15).orElseThrow();
        assertTrue(docs.contains("valueOf"), docs);
        assertFalse(session.documentation("", 0).isPresent());
    }

    @Test
    void documentationOfTheNameTheCursorIsOnOrAfter() { // Jupyter's Shift-Tab on `f.thenApply`
        String after = session.documentation("\"x\".charAt", 10).orElseThrow();
        assertTrue(after.contains("charAt(int index)"), after);
        String inside = session.documentation("Math.abs", 6).orElseThrow();
        assertTrue(inside.contains("abs("), inside);
        assertFalse(session.documentation("1 + ", 4).isPresent());
    }
}
