package dev.jawait.bench;

import dev.jawait.CellResult;
import dev.jawait.Session;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Figure 3: 100,000 tasks each sleeping 10 ms, gathered in one cell of a jawait session, and the
 * same with plain virtual threads ({@code Thread.sleep}, joined). The whole cell is timed,
 * compilation included (as IPython's {@code run_cell} is); {@code jawait-declared} times the same
 * work declared once as a method {@code gatherAll(n)} and called by the timed cell, which leaves
 * out javac's ≈ 0.1 s for the cell's three snippets: the spawn path itself.
 *
 * <p>{@code jshell-vthreads} is the floor of any JShell-based REPL: stock JShell (local engine,
 * the {@code jshell} tool's imports) evaluating the plain virtual-thread code, {@code Thread.sleep}
 * and {@code join}, as a cell of four snippets with a value, as a JShell user would type it.
 *
 * <p>Runs as a server so that {@code bench/interleave.py} can alternate it with the IPython and
 * Node anchors: prints {@code ready}, then answers each stdin line {@code jawait},
 * {@code jawait-declared}, {@code vthreads} or {@code jshell-vthreads} with the seconds one run
 * took; {@code quit} ends it.
 */
public final class GatherBench {
    static final String CELL = "var fs = new ArrayList<CompletableFuture<Integer>>();\n"
            + "for (int i = 0; i < 100_000; i++) { int k = i; fs.add(spawn(() -> { await sleep(10); return k; })); }\n"
            + "(await gather(fs)).size()";
    /** The same work declared once as a method, so that the timed cell compiles only a call. */
    static final String DECLARED = "int gatherAll(int n) {\n"
            + "    var fs = new ArrayList<CompletableFuture<Integer>>();\n"
            + "    for (int i = 0; i < n; i++) { int k = i; fs.add(spawn(() -> { await sleep(10); return k; })); }\n"
            + "    return (await gather(fs)).size();\n"
            + "}";
    private static final int TASKS = 100_000;
    /** The virtual-thread anchor typed into stock JShell, a snippet a line. */
    static final List<String> JSHELL_CELL = List.of("var ts = new ArrayList<Thread>();",
            "for (int i = 0; i < 100_000; i++) ts.add(Thread.ofVirtual().start(() -> {"
                    + " try { Thread.sleep(10); } catch (InterruptedException e) { } }));",
            "for (Thread t : ts) t.join();",
            "ts.size()");

    private GatherBench() {}

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        jdk.jshell.JShell stock = StockShell.create();
        try (Session session = Session.builder().build()) {
            CellResult declared = session.execute(DECLARED);
            if (!declared.succeeded()) {
                throw new IllegalStateException("gatherAll did not compile: " + declared);
            }
            System.out.println("ready");
            for (String line; (line = in.readLine()) != null && !line.equals("quit"); ) {
                System.gc();
                long t0 = System.nanoTime();
                switch (line) {
                    case "jawait" -> jawait(session, CELL);
                    case "jawait-declared" -> jawait(session, "gatherAll(100_000)");
                    case "vthreads" -> virtualThreads();
                    case "jshell-vthreads" -> JSHELL_CELL.forEach(snippet -> StockShell.eval(stock, snippet,
                            snippet.equals("ts.size()") ? "100000" : null));
                    default -> throw new IllegalArgumentException("unknown command " + line);
                }
                System.out.println(String.format(Locale.ROOT, "%.6f", (System.nanoTime() - t0) / 1e9));
                if (line.equals("jawait")) {
                    session.execute("fs = null;");
                } else if (line.equals("jshell-vthreads")) {
                    StockShell.eval(stock, "ts = null;", null);
                }
            }
        }
        System.exit(0);
    }

    private static void jawait(Session session, String cell) {
        CellResult result = session.execute(cell);
        if (!(result instanceof CellResult.Value value) || !"100000".equals(value.text())) {
            throw new IllegalStateException("jawait gather gave " + result);
        }
    }

    private static void virtualThreads() throws InterruptedException {
        List<Thread> threads = new ArrayList<>(TASKS);
        for (int i = 0; i < TASKS; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
