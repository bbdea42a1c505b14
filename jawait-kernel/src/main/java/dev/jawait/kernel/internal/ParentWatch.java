package dev.jawait.kernel.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Ends the kernel when the process that started it is gone, as ipykernel does: jupyter_client
 * puts its own process id in {@code JPY_PARENT_PID} when it launches a kernel, and the kernel
 * looks every second whether that process still runs. ipykernel looks whether its parent has
 * become process 1; watching the named process instead (its start time included, so a reused
 * process id does not count) also works where orphans go to a subreaper (containers, systemd
 * user sessions) and through a wrapper script between launcher and JVM.
 *
 * <p>Without {@code JPY_PARENT_PID} (a kernel started by hand, or by a launcher that does not set
 * it) there is nothing to watch, and {@link ConnectionWatch} decides instead.
 *
 * <p>Thread-safe; the watch runs on its own daemon thread.
 */
final class ParentWatch {
    static final String VARIABLE = "JPY_PARENT_PID";
    static final long EVERY_MILLIS = 1000;

    private ParentWatch() {}

    /**
     * The process named by {@code JPY_PARENT_PID} in {@code environment}, if it names a running
     * process other than 1; a value that does not is logged and ignored.
     */
    static Optional<ProcessHandle> parentOf(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            KernelLog.warn("ignored " + VARIABLE + ": `" + value + "` is not a process id");
            return Optional.empty();
        }
        if (pid <= 1) {
            return Optional.empty(); // ipykernel too: 0 and 1 mean "no parent to watch"
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (parent.isEmpty()) {
            KernelLog.warn("ignored " + VARIABLE + ": no process " + pid + " is running");
        }
        return parent;
    }

    /** Calls {@code onGone} (once) on a daemon thread when {@code parent} is no longer running. */
    static void watch(ProcessHandle parent, Runnable onGone) {
        Thread.ofPlatform().daemon().name("jawait-parent-watch").start(() -> {
            try {
                while (parent.isAlive()) {
                    TimeUnit.MILLISECONDS.sleep(EVERY_MILLIS);
                }
                onGone.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
