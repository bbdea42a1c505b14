package dev.jawait.repl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.Session;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The REPL reading cells from a pipe: what it prints, in which order, and its exit status. */
class PipedReplTest {
    private final Session session = Session.builder().build();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void close() {
        session.close();
    }

    private int run(String input) throws Exception {
        PrintStream originalOut = System.out;
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        System.setOut(stdout);
        try {
            return new PipedRepl(session, new ResultPrinter(stdout, new PrintStream(err, true, StandardCharsets.UTF_8)))
                    .run(new BufferedReader(new StringReader(input)));
        } finally {
            System.setOut(originalOut);
        }
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheValueOfAnAwaitedCellWithItsNumber() throws Exception {
        assertEquals(0, run("var f = CompletableFuture.supplyAsync(() -> 21 * 2);\nawait f\n"));
        assertEquals("Out[2]: 42\n", stdout());
        assertEquals("", stderr());
    }

    @Test
    void runsCellsStrictlyOneAfterAnother() throws Exception {
        run("var log = new java.util.concurrent.CopyOnWriteArrayList<String>();\n"
                + "await sleep(300).thenRun(() -> log.add(\"first\"))\n"
                + "log.add(\"second\");\n"
                + "log\n");
        assertTrue(stdout().endsWith("Out[4]: [\"first\", \"second\"]\n"), stdout());
    }

    @Test
    void aMultiLineCellIsOneCell() throws Exception {
        run("var p = new SubmissionPublisher<Integer>();\n"
                + "spawn(() -> { await sleep(1500); p.submit(1); p.submit(2); p.close(); return 0; });\n"
                + "int sum = 0;\n"
                + "for await (int x : p) {\n"
                + "    sum += x;\n"
                + "}\n"
                + "sum\n");
        assertTrue(stdout().endsWith("Out[5]: 3\n"), stdout() + stderr());
    }

    @Test
    void errorsGoToStderrAndTheExitStatusIsOneButLaterCellsStillRun() throws Exception {
        assertEquals(1, run("int x = ;\n1 + 1\nthrow new IllegalStateException(\"boom\");\n2 + 2\n"));
        assertTrue(stderr().contains("illegal start of expression"), stderr());
        assertTrue(stderr().contains("java.lang.IllegalStateException: boom"), stderr());
        assertEquals("Out[2]: 2\nOut[4]: 4\n", stdout());
    }

    @Test
    void outputOfACellComesBeforeItsValue() throws Exception {
        run("System.out.println(\"printed\"); 5\n");
        assertEquals("printed\nOut[1]: 5\n", stdout());
    }

    @Test
    void exitEndsTheInput() throws Exception {
        assertEquals(0, run("1\n/exit\n2\n"));
        assertEquals("Out[1]: 1\n", stdout());
    }

    @Test
    void aCellMagicTakesTheLinesUpToABlankLine() throws Exception {
        run("%%time\nint a = 20;\nawait CompletableFuture.completedFuture(a + 22)\n\n1\n");
        assertTrue(stdout().contains("Wall time:"), stdout());
        assertTrue(stdout().contains("Out[1]: 42\nOut[2]: 1\n"), stdout());
    }

    @Test
    void magicsWorkFromAPipe() throws Exception {
        run("%autoawait\n");
        assertEquals("jawait autoawait is `on`, and set to use `virtual`\n", stdout());
    }
}
