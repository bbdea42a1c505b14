package dev.jawait.magic.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's CPU time split into user and system time, as IPython's {@code %time} reports it
 * (from {@code getrusage}): read from {@code /proc/self/stat} on Linux (clock ticks), otherwise
 * the JVM's process CPU time counted as user time.
 *
 * <p>Stateless and thread-safe.
 */
final class CpuClock {
    /** User and system CPU seconds. */
    record Times(double user, double system) {
        Times minus(Times earlier) {
            return new Times(Math.max(0, user - earlier.user), Math.max(0, system - earlier.system));
        }

        double total() {
            return user + system;
        }
    }

    private static final Path STAT = Path.of("/proc/self/stat");
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, fixed at 100 by the Linux ABI

    private CpuClock() {}

    static Times now() {
        try {
            String stat = Files.readString(STAT);
            // fields after the command name (which may hold spaces) start at state, field 3
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new Times(Long.parseLong(fields[11]) / TICKS_PER_SECOND, Long.parseLong(fields[12]) / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return fromJvm();
        }
    }

    private static Times fromJvm() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                && os.getProcessCpuTime() >= 0) {
            return new Times(os.getProcessCpuTime() / 1e9, 0);
        }
        return new Times(0, 0);
    }
}
