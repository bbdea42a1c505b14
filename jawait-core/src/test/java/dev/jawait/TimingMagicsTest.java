package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code %time} and {@code %timeit} measure what they say: the execution without javac, the CPU of
 * the cell's threads (not the JVM's compilers), and the expression's value consumed so the JIT
 * cannot remove it. The sanity bounds compare with measurements made in the same run.
 */
class TimingMagicsTest extends SessionFixture {
    private static final String DURATION = "([\\d.]+) (ns|µs|ms|s)";
    private static final Pattern CPU = Pattern.compile(
            "CPU times: user " + DURATION + ", sys: " + DURATION + ", total: " + DURATION);
    private static final Pattern WALL = Pattern.compile("Wall time: " + DURATION);
    private static final Pattern MEAN = Pattern.compile(DURATION + " ± .* per loop \\(.*");

    private static volatile int sink;
    private static volatile int volatileField = 1;

    @Test
    void timeOfATrivialCellLeavesOutItsCompilation() {
        ok("int warmUp = 1;");
        long start = System.nanoTime();
        ok("int plain = 2 + 2;"); // javac and the run of the same cell, as the user waits for it
        double wholeCell = (System.nanoTime() - start) / 1e9;
        List<String> lines = ok("%%time\nint timed = 2 + 2;").notices();
        double wall = wall(lines);
        double cpu = cpuTotal(lines);
        assertTrue(wall < wholeCell / 4, "wall " + wall + " s of a cell whose compile and run took " + wholeCell + " s: " + lines);
        assertTrue(cpu < wholeCell / 4, "CPU " + cpu + " s of a cell whose compile and run took " + wholeCell + " s: " + lines);
    }

    @Test
    void aSleepingCellUsesAlmostNoCpu() {
        List<String> lines = ok("%time Thread.sleep(200)").notices();
        double wall = wall(lines);
        assertTrue(wall >= 0.195, lines.toString());
        assertTrue(cpuTotal(lines) < wall / 4, "CPU far below the wall time of a sleep: " + lines);
    }

    @Test
    void cpuOfTheAwaitedWorkOnAnotherThreadIsCounted() {
        ok("long spinCpu(long nanos) { var threads = java.lang.management.ManagementFactory.getThreadMXBean();"
                + " long end = threads.getCurrentThreadCpuTime() + nanos; long n = 0;"
                + " while (threads.getCurrentThreadCpuTime() < end) n++; return n; }");
        List<String> lines = ok("%time await CompletableFuture.supplyAsync(() -> spinCpu(100_000_000L))").notices();
        assertTrue(cpuTotal(lines) >= 0.09, "100 ms of CPU on a pool thread: " + lines);
        assertTrue(wall(lines) >= 0.09, lines.toString());
    }

    @Test
    void cpuOfACellOnThePlatformThreadItRunsOnIsCounted() {
        try (Session sync = Session.builder().runner("sync").build()) {
            sync.execute("long spinCpu(long nanos) { var threads = java.lang.management.ManagementFactory.getThreadMXBean();"
                    + " long end = threads.getCurrentThreadCpuTime() + nanos; long n = 0;"
                    + " while (threads.getCurrentThreadCpuTime() < end) n++; return n; }");
            CellResult result = sync.execute("%%time\nspinCpu(100_000_000L)");
            assertTrue(cpuTotal(result.notices()) >= 0.09, "100 ms of CPU on the cell's thread: " + result.notices());
        }
    }

    @Test
    void timeitOfASumIsWithinAFactorOfThreeOfADirectMeasurement() {
        ok("int[] numbers = new int[1000]; for (int i = 0; i < numbers.length; i++) numbers[i] = i * 7;");
        ok("int sum(int[] values) { int s = 0; for (int v : values) s += v; return s; }");
        int[] numbers = numbers();
        AtomicInteger consumer = new AtomicInteger();
        assertWithinAFactorOfThree("%timeit sum(numbers)", () -> consumer.setOpaque(sum(numbers)));
    }

    @Test
    void timeitOfAHashNobodyUsesIsStillComputed() { // unconsumed, the JIT deleted it: 0.78 ns for 1,000 ints
        ok("int[] numbers = new int[1000]; for (int i = 0; i < numbers.length; i++) numbers[i] = i * 7;");
        int[] numbers = numbers();
        AtomicInteger consumer = new AtomicInteger();
        assertWithinAFactorOfThree("%timeit java.util.Arrays.hashCode(numbers)",
                () -> consumer.setOpaque(Arrays.hashCode(numbers)));
    }

    /**
     * The mean {@code %timeit} shows is within a factor of 3 of the same work timed here, as the
     * mean of 7 runs after a warm-up; on a loaded machine one of three attempts must be.
     */
    private void assertWithinAFactorOfThree(String timeit, Runnable work) {
        List<String> attempts = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            double measured = mean(ok(timeit).notices());
            double direct = directMean(work);
            if (measured < 3 * direct && measured > direct / 3) {
                return;
            }
            attempts.add(measured * 1e9 + " ns against " + direct * 1e9 + " ns");
        }
        throw new AssertionError(timeit + ", measured directly: " + attempts);
    }

    private static double directMean(Runnable work) {
        int loops = 100_000;
        double total = 0;
        for (int run = -3; run < 7; run++) { // three runs to warm up
            long start = System.nanoTime();
            for (int i = 0; i < loops; i++) {
                work.run();
            }
            if (run >= 0) {
                total += (System.nanoTime() - start) / 1e9 / loops;
            }
        }
        return total / 7;
    }

    private static int[] numbers() {
        int[] numbers = new int[1000];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = i * 7;
        }
        return numbers;
    }

    @Test
    void timeitOfACompletedFutureAwaitIsNotBelowAVolatileRead() {
        double await = mean(ok("%timeit await CompletableFuture.completedFuture(1)").notices());
        double read = Double.MAX_VALUE;
        for (int run = 0; run < 20; run++) {
            long start = System.nanoTime();
            int total = 0;
            for (int i = 0; i < 1_000_000; i++) {
                total += volatileField;
            }
            sink = total;
            read = Math.min(read, (System.nanoTime() - start) / 1e9 / 1_000_000);
        }
        assertTrue(await >= read, "%timeit of an await " + await * 1e9 + " ns, a volatile read " + read * 1e9 + " ns");
    }

    @Test
    void timeitStillTimesStatementsAndVoidCalls() {
        ok("int hits = 0;");
        assertTrue(MEAN.matcher(summary(ok("%timeit -n 3 -r 2 hits += 1;").notices())).matches());
        assertTrue(MEAN.matcher(summary(ok("%timeit -n 3 -r 2 System.out.print(\"\")").notices())).matches());
        assertTrue(value("hits").equals("6"));
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    private static double wall(List<String> lines) {
        return seconds(find(WALL, lines), 1);
    }

    private static double cpuTotal(List<String> lines) {
        return seconds(find(CPU, lines), 5);
    }

    private static double mean(List<String> lines) {
        return seconds(find(MEAN, lines), 1);
    }

    private static String summary(List<String> lines) {
        return lines.stream().filter(line -> line.contains(" per loop (")).findFirst().orElse(lines.toString());
    }

    private static Matcher find(Pattern pattern, List<String> lines) {
        for (String line : lines) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.matches()) {
                return matcher;
            }
        }
        throw new AssertionError("no line like " + pattern + " in " + lines);
    }

    private static double seconds(Matcher matcher, int group) {
        double number = Double.parseDouble(matcher.group(group));
        return switch (matcher.group(group + 1)) {
            case "ns" -> number / 1e9;
            case "µs" -> number / 1e6;
            case "ms" -> number / 1e3;
            default -> number;
        };
    }
}
