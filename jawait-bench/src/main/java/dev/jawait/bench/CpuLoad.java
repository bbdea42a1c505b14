package dev.jawait.bench;

import java.io.IOException;
import java.util.List;

/**
 * A second process that keeps every core busy while a benchmark measures "under load": one
 * spinning thread per core. It ends when its standard input closes (its parent ended or closed it).
 *
 * <p>Arguments: number of spinning threads. Stateless apart from the process it starts; thread-safe.
 */
public final class CpuLoad {
    private static volatile long sink;

    private CpuLoad() {}

    public static void main(String[] args) throws IOException {
        int threads = Integer.parseInt(args[0]);
        for (int i = 0; i < threads; i++) {
            Thread.ofPlatform().daemon().start(() -> {
                long x = 1;
                while (true) {
                    x = x * 6364136223846793005L + 1442695040888963407L;
                    if (x == 42) {
                        sink = x;
                    }
                }
            });
        }
        while (System.in.read() >= 0) {
            // until the parent closes our input
        }
        System.exit(0);
    }

    /** Starts the load process with as many spinning threads as this machine has cores. */
    static Process start() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        int cores = Runtime.getRuntime().availableProcessors();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                CpuLoad.class.getName(), Integer.toString(cores)))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Ends the load process. */
    static void stop(Process load) throws InterruptedException {
        try {
            load.getOutputStream().close();
        } catch (IOException e) {
            load.destroy();
        }
        if (!load.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            load.destroyForcibly();
        }
    }
}
