package dev.jawait.bench;

import dev.jawait.CellResult;
import dev.jawait.Session;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jdk.jshell.JShell;

/**
 * The soak: many varied cells in one session (declarations, redefinitions, awaits, records,
 * streams), with the live heap after a full GC measured every {@code step} cells and the latency
 * of every cell. Run once per contender, each in its own JVM, by {@code bench/run-soak}: jawait
 * ({@code Session.execute}) and the anchor, stock JShell (the {@code jdk.jshell} API with the
 * local execution engine) evaluating the same cells with {@code .join()} in place of {@code await}.
 *
 * <p>Arguments: results file, contender ({@code jawait} or {@code jshell}), cells, step.
 */
public final class SoakBench {
    private SoakBench() {}

    /**
     * Cell {@code i} of the soak; {@code await E} is written {@code AWAIT(E)} and filled in per
     * contender. Every ten cells: a declaration (a new name every 50 cells, 200 in all at 10,000
     * cells; else one of 20 names declared again), a redefined variable, a redefined method, an
     * expression using both, an await of a task, a redefined record (10 names), two streams, a
     * record built and an await, a loop.
     */
    static String cell(int i) {
        return switch (i % 10) {
            case 0 -> "int " + (i % 50 == 0 ? "a" + i : "b" + (i / 10) % 20) + " = " + i + ";";
            case 1 -> "int x = " + i + ";";
            case 2 -> "String greet(String n) { return \"hi \" + n + " + i + "; }";
            case 3 -> "greet(\"a\").length() + x";
            case 4 -> "AWAIT(CompletableFuture.supplyAsync(() -> " + i + "))";
            case 5 -> "record P" + (i / 10) % 10 + "(int a, String b) { int twice() { return 2 * a; } }";
            case 6 -> "IntStream.range(0, 1000).filter(n -> n % 7 == " + (i % 7) + ").count()";
            case 7 -> "Stream.of(\"a\", \"b\", \"c\").map(s -> s + " + i + ").collect(Collectors.joining(\",\"))";
            case 8 -> "new P" + ((i - 3) / 10) % 10 + "(" + i + ", \"s\").twice() + AWAIT(CompletableFuture.completedFuture(" + i + "))";
            default -> "for (int k = 0; k < 10; k++) { x += k; }";
        };
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String contender = args[1];
        int cells = Integer.parseInt(args[2]);
        int step = Integer.parseInt(args[3]);
        long budgetNanos = args.length > 4 ? (long) (Double.parseDouble(args[4]) * 60e9) : Long.MAX_VALUE;
        long started = System.nanoTime();
        double[] latency = new double[cells];
        List<long[]> heap = new ArrayList<>(); // {cells run, live heap bytes, rss bytes}
        heap.add(new long[] {0, liveHeap(), rss()});
        int done = 0;
        if (contender.equals("jawait")) {
            try (Session session = Session.builder().build()) {
                for (int i = 0; i < cells && System.nanoTime() - started < budgetNanos; i++) {
                    String code = cell(i).replaceAll("AWAIT\\((.*)\\)$", "await $1").replace("AWAIT(", "await (");
                    long t0 = System.nanoTime();
                    CellResult result = session.execute(code);
                    latency[i] = (System.nanoTime() - t0) / 1e6;
                    done = i + 1;
                    if (!result.succeeded()) {
                        throw new IllegalStateException("jawait: cell " + i + " `" + code + "` gave " + result.errorText());
                    }
                    measure(i + 1, step, heap);
                }
            }
        } else {
            try (JShell shell = StockShell.create()) {
                for (int i = 0; i < cells && System.nanoTime() - started < budgetNanos; i++) {
                    String code = joined(cell(i));
                    long t0 = System.nanoTime();
                    StockShell.eval(shell, code, null);
                    latency[i] = (System.nanoTime() - t0) / 1e6;
                    done = i + 1;
                    measure(i + 1, step, heap);
                }
            }
        }
        if (done % step != 0) {
            heap.add(new long[] {done, liveHeap(), rss()}); // stopped by the time budget
        }
        report(out, contender, done, Arrays.copyOf(latency, done), heap);
        System.exit(0); // background pools of both engines must not keep the JVM alive
    }

    /** {@code AWAIT(E)} as stock JShell writes it: {@code (E).join()}. */
    private static String joined(String cell) {
        int at = cell.indexOf("AWAIT(");
        if (at < 0) {
            return cell;
        }
        int depth = 0;
        int end = at + "AWAIT(".length() - 1;
        for (int j = end; j < cell.length(); j++) {
            char c = cell.charAt(j);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                end = j;
                break;
            }
        }
        return cell.substring(0, at) + "(" + cell.substring(at + "AWAIT(".length(), end) + ").join()"
                + cell.substring(end + 1);
    }

    private static void measure(int done, int step, List<long[]> heap) {
        if (done % step == 0) {
            heap.add(new long[] {done, liveHeap(), rss()});
            long[] last = heap.getLast();
            System.err.printf(Locale.ROOT, "  %6d cells: live heap %7.1f MB, RSS %7.1f MB%n", done, last[1] / 1e6, last[2] / 1e6);
            String histograms = System.getProperty("soak.histograms");
            if (histograms != null) {
                writeHistogram(Path.of(histograms, "histogram-" + done + ".txt"));
            }
        }
    }

    /** Writes the heap's class histogram ({@code jcmd GC.class_histogram}) to {@code file}. */
    private static void writeHistogram(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Files.writeString(file, text.toString());
        } catch (Exception e) {
            System.err.println("  no histogram: " + e);
        }
    }

    /** Heap in use after two full collections: the live heap. */
    static long liveHeap() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The process's resident set size, from /proc (0 elsewhere). */
    static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return 0;
    }

    private static void report(Path out, String contender, int cells, double[] latency, List<long[]> heap) {
        Results results = new Results(out);
        String prefix = "soak." + contender;
        int early = cells >= 300 ? 100 : cells / 3; // cells 100-200 (the anchor may stop early)
        int late = Math.max(early, cells - 100);
        double[] first = Arrays.copyOfRange(latency, early, Math.min(cells, early + 100));
        double[] last = Arrays.copyOfRange(latency, late, cells);
        results.record(prefix + ".latency.early", "ms", first, "cells " + early + "-" + (early + first.length));
        results.record(prefix + ".latency.late", "ms", last, "cells " + late + "-" + cells);
        long[] end = heap.getLast();
        results.record(prefix + ".heap", "MB", new double[] {end[1] / 1e6}, "live heap after GC at " + end[0] + " cells");
        results.record(prefix + ".rss", "MB", new double[] {end[2] / 1e6}, "RSS at " + end[0] + " cells");
        double total = Arrays.stream(latency).sum() / 1e3;
        results.record(prefix + ".total", "s", new double[] {total}, cells + " cells");
        StringBuilder curve = new StringBuilder();
        for (long[] point : heap) {
            curve.append(String.format(Locale.ROOT, "%d:%.1f:%.1f ", point[0], point[1] / 1e6, point[2] / 1e6));
        }
        results.recordMissing(prefix + ".curve", "cells:liveMB:rssMB " + curve.toString().strip());
    }
}
