package dev.jawait.profile.internal;

import java.time.Duration;
import java.util.List;

/**
 * The samples of one profiled cell: which JFR event they are, the sampling interval, and each
 * sample's stack from the innermost frame out, as recorded (nothing hidden yet); and how many
 * samples caught the cell's thread compiling its code (javac, JShell), not counted in the stacks.
 *
 * <p>Immutable and thread-safe.
 */
public record Samples(String sampler, Duration interval, List<List<Frame>> stacks, int compiling) {
    public Samples {
        stacks = List.copyOf(stacks);
    }

    /** About how long compiling the code took: its samples × the interval. */
    public Duration compileTime() {
        return interval.multipliedBy(compiling);
    }

    /** Whether the samples count CPU time ({@code jdk.CPUTimeSample}) rather than wall-clock ticks. */
    public boolean cpuTime() {
        return sampler.equals(SampleRecorder.CPU_TIME);
    }
}
