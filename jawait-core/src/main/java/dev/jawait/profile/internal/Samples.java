package dev.jawait.profile.internal;

import java.time.Duration;
import java.util.List;

/**
 * The samples of one profiled cell: which JFR event they are, the sampling interval, and each
 * sample's stack from the innermost frame out, as recorded (nothing hidden yet).
 *
 * <p>Immutable and thread-safe.
 */
public record Samples(String sampler, Duration interval, List<List<Frame>> stacks) {
    public Samples {
        stacks = List.copyOf(stacks);
    }

    /** Whether the samples count CPU time ({@code jdk.CPUTimeSample}) rather than wall-clock ticks. */
    public boolean cpuTime() {
        return sampler.equals(SampleRecorder.CPU_TIME);
    }
}
