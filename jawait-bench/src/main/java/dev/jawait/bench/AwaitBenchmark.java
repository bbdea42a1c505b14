package dev.jawait.bench;

import dev.jawait.runtime.Await;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Figure 2 (JMH): the cost of {@code Await.await} (what {@code await f} compiles to) against
 * {@code get()} and {@code join()}, on an already-completed future and on a future that a helper
 * thread completes shortly after the caller starts waiting (a handoff).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AwaitBenchmark {

    /** An already-completed future, shared by all invocations. */
    @State(Scope.Thread)
    public static class Done {
        final CompletableFuture<Integer> future = CompletableFuture.completedFuture(42);
    }

    /**
     * A spinning helper thread that completes each new future after about a microsecond of work,
     * so the benchmark thread is usually already waiting (parked) when the value arrives.
     */
    @State(Scope.Thread)
    public static class Handoff {
        final AtomicReference<CompletableFuture<Integer>> slot = new AtomicReference<>();
        volatile boolean running;
        Thread helper;

        @Setup(Level.Trial)
        public void start() {
            running = true;
            helper = Thread.ofPlatform().daemon().name("handoff-helper").start(() -> {
                while (running) {
                    CompletableFuture<Integer> f = slot.getAndSet(null);
                    if (f == null) {
                        Thread.onSpinWait();
                    } else {
                        Blackhole.consumeCPU(500);
                        f.complete(42);
                    }
                }
            });
        }

        @TearDown(Level.Trial)
        public void stop() throws InterruptedException {
            running = false;
            helper.join();
        }

        CompletableFuture<Integer> next() {
            CompletableFuture<Integer> f = new CompletableFuture<>();
            slot.set(f);
            return f;
        }
    }

    @Benchmark
    public Integer completedAwait(Done d) {
        return Await.await(d.future);
    }

    @Benchmark
    public Integer completedGet(Done d) throws InterruptedException, ExecutionException {
        return d.future.get();
    }

    @Benchmark
    public Integer completedJoin(Done d) {
        return d.future.join();
    }

    @Benchmark
    public Integer handoffAwait(Handoff h) {
        return Await.await(h.next());
    }

    @Benchmark
    public Integer handoffGet(Handoff h) throws InterruptedException, ExecutionException {
        return h.next().get();
    }

    @Benchmark
    public Integer handoffJoin(Handoff h) {
        return h.next().join();
    }
}
