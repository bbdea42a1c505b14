package dev.jawait.engine.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Measures a cell's <em>execution</em>, leaving out its compilation: the windows in which snippet
 * code runs (from the moment JShell invokes a snippet until it returns, its awaits included), and
 * the CPU time used meanwhile. Windows are marked by the execution control around each snippet
 * invocation ({@link CellRun}); readings are cumulative, so a caller subtracts two of them. It
 * measures only while someone {@linkplain #watch() watches} (a timing magic): otherwise a window
 * costs one uncontended lock.
 *
 * <p><b>Which CPU time.</b> A virtual thread has no CPU clock of its own in JDK 25
 * ({@code ThreadMXBean.getThreadCpuTime} answers -1 for it, and JVMTI leaves per-virtual-thread
 * CPU time optional), and a cell's awaited work runs on whatever threads its futures complete on
 * (the common pool, an HTTP client's threads, a spawned task's virtual thread). So the CPU time of
 * a window is the CPU time every live Java platform thread used during it, per thread from
 * {@code com.sun.management.ThreadMXBean}: the cell's own platform thread, the carriers its
 * virtual threads (and its tasks') run on, the pools that run its awaited work. The JVM's JIT
 * compiler and GC threads are not Java threads and are not counted; nor is javac, which runs
 * between windows. Other Java code running at the same time (a task an earlier cell left running)
 * is counted, and a thread that ends inside a window loses the CPU it used there. Where the JVM
 * measures no thread CPU time (or an embedder turned it off), the process's CPU time is used.
 *
 * <p><b>User and system time.</b> The threads' CPU clocks are precise but give only the total (the
 * JVM reads per-thread user time from {@code /proc} in 10 ms clock ticks). The total is split in
 * the proportion in which the process's user and system ticks ({@code /proc/self/stat}) advanced
 * during the window, as Linux itself scales tick counts to the precise run time; a window shorter
 * than a tick counts as user time.
 *
 * <p>Thread-safe.
 */
public final class ExecutionClock {
    /** Cumulative execution time: wall time in windows, and CPU time used in them (nanoseconds). */
    public record Reading(long wallNanos, long userNanos, long cpuNanos) {
        /** What was spent since {@code earlier}. */
        public Reading minus(Reading earlier) {
            return new Reading(wallNanos - earlier.wallNanos, userNanos - earlier.userNanos, cpuNanos - earlier.cpuNanos);
        }

        /** CPU time in the kernel: total minus user. */
        public long systemNanos() {
            return Math.max(0, cpuNanos - userNanos);
        }
    }

    private int watchers; // guarded by this
    private int depth; // guarded by this
    private long windowStart; // guarded by this
    private long[][] cpuAtStart; // guarded by this: thread ids and their CPU times
    private long[] ticksAtStart; // guarded by this
    private Reading total = new Reading(0, 0, 0); // guarded by this

    /** Starts measuring windows (until {@link #unwatch()}); calls nest. */
    public synchronized void watch() {
        watchers++;
    }

    /** Stops measuring, once every {@link #watch()} has been undone. */
    public synchronized void unwatch() {
        watchers = Math.max(0, watchers - 1);
    }

    /** What was measured so far. */
    public synchronized Reading reading() {
        return total;
    }

    /** Snippet code starts running (windows nest: only the outermost counts). */
    synchronized void begin() {
        if (depth++ == 0 && watchers > 0) {
            ticksAtStart = ProcessTicks.now(); // the threads' CPU times last: what follows them is the window's
            cpuAtStart = cpuByThread();
            windowStart = System.nanoTime();
        }
    }

    /** Snippet code has returned. */
    synchronized void end() {
        if (depth == 0 || --depth > 0 || cpuAtStart == null) {
            return;
        }
        long wall = System.nanoTime() - windowStart;
        long[][] now = cpuByThread(); // first: what follows is not the window's
        long[] ticks = ProcessTicks.now();
        Map<Long, Long> before = new HashMap<>();
        for (int i = 0; i < cpuAtStart[0].length; i++) {
            before.put(cpuAtStart[0][i], cpuAtStart[1][i]);
        }
        long cpu = 0;
        for (int i = 0; i < now[0].length; i++) {
            long earlier = before.getOrDefault(now[0][i], 0L); // 0: started meanwhile
            cpu += earlier >= 0 && now[1][i] >= 0 ? Math.max(0, now[1][i] - earlier) : 0;
        }
        long userTicks = ticks[0] - ticksAtStart[0];
        long systemTicks = ticks[1] - ticksAtStart[1];
        long system = userTicks + systemTicks > 0 ? Math.round((double) cpu * systemTicks / (userTicks + systemTicks)) : 0;
        cpuAtStart = null;
        total = new Reading(total.wallNanos + wall, total.userNanos + (cpu - system), total.cpuNanos + cpu);
    }

    /**
     * The ids of the live platform threads and their CPU times (-1: not measured); a single
     * entry, the process's CPU time, where the JVM measures no thread's.
     */
    private static long[][] cpuByThread() {
        com.sun.management.ThreadMXBean threads = ThreadClocks.THREADS;
        if (threads == null) {
            long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? Math.max(0, os.getProcessCpuTime()) : 0;
            return new long[][] {{-1L}, {process}};
        }
        long[] ids = threads.getAllThreadIds();
        return new long[][] {ids, threads.getThreadCpuTime(ids)};
    }

    /** The process's user and system clock ticks, from {@code /proc/self/stat} (zeros elsewhere). */
    private static final class ProcessTicks {
        private static final Path STAT = Path.of("/proc/self/stat");

        static long[] now() {
            try {
                String stat = Files.readString(STAT);
                // the fields after the command name (which may hold spaces) start with the state, field 3
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12])}; // utime, stime
            } catch (IOException | RuntimeException e) {
                return new long[2];
            }
        }
    }

    /** The JVM's thread clocks, looked up when first needed (not when a session starts). */
    private static final class ThreadClocks {
        static final com.sun.management.ThreadMXBean THREADS = threads();

        /** The bean, or null where the JVM does not measure threads' CPU time (or was told not to). */
        private static com.sun.management.ThreadMXBean threads() {
            try {
                if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                        && threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()) {
                    return threads;
                }
            } catch (UnsupportedOperationException | SecurityException e) {
                // measured from the process
            }
            return null;
        }
    }
}
