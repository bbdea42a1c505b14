package dev.jawait.bench;

import dev.jawait.CellResult;
import dev.jawait.CellStatus;
import dev.jawait.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure 3: 100,000 tasks each sleeping 10 ms, gathered in one cell of a jawait session, and the
 * same with plain virtual threads ({@code Thread.sleep}, joined) as context. The whole cell is
 * timed, compilation included (as IPython's {@code run_cell} is).
 *
 * <p>Arguments: results file, warm-up runs, measured runs.
 */
public final class GatherBench {
    static final String CELL = "var fs = new ArrayList<CompletableFuture<Integer>>();\n"
            + "for (int i = 0; i < 100_000; i++) { int k = i; fs.add(spawn(() -> { await sleep(10); return k; })); }\n"
            + "(await gather(fs)).size()";
    private static final int TASKS = 100_000;

    private GatherBench() {}

    public static void main(String[] args) throws Exception {
        Results results = new Results(Path.of(args[0]));
        int warm = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        double[] jawait = new double[runs];
        try (Session session = Session.builder().build()) {
            for (int i = 0; i < warm + runs; i++) {
                long t0 = System.nanoTime();
                CellResult result = session.execute(CELL);
                double s = (System.nanoTime() - t0) / 1e9;
                if (result.status() != CellStatus.OK || !"100000".equals(result.valueText())) {
                    throw new IllegalStateException("jawait gather gave " + result.status() + " "
                            + result.valueText() + " " + result.errorText());
                }
                if (i >= warm) {
                    jawait[i - warm] = s;
                }
                session.execute("fs = null;");
                System.gc();
            }
        }
        results.record("gather.jawait", "s", jawait, "one cell: spawn 100k x (await sleep(10)), await gather");
        double[] threads = new double[runs];
        for (int i = 0; i < warm + runs; i++) {
            long t0 = System.nanoTime();
            virtualThreads();
            double s = (System.nanoTime() - t0) / 1e9;
            if (i >= warm) {
                threads[i - warm] = s;
            }
            System.gc();
        }
        results.record("gather.vthreads", "s", threads, "100k Thread.ofVirtual() x Thread.sleep(10), joined");
        System.exit(0);
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
