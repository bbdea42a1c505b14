package dev.jawait;

import dev.jawait.runtime.Runner;
import dev.jawait.runtime.RunnerProvider;

/** A {@link RunnerProvider} registered in this module's test resources: the runner {@code countingProvided}. */
public final class TestRunnerProvider implements RunnerProvider {
    static final java.util.concurrent.atomic.AtomicInteger RUNS = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public String name() {
        return "countingProvided";
    }

    @Override
    public Runner create() {
        return cell -> {
            RUNS.incrementAndGet();
            return Runner.virtual().run(cell);
        };
    }
}
