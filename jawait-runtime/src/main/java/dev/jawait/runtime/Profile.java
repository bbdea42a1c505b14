package dev.jawait.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A sampled profile of one cell, as {@code %prun -r} returns it: how the cell was sampled and,
 * per method, in how many samples it was running itself ({@code ownSamples}) and in how many it
 * was on the stack ({@code cumulativeSamples}). A sampling profiler does not count calls.
 * Methods are in the report's order: the user's code first, then library and JDK methods.
 *
 * @param sampler           the JFR event sampled: {@code jdk.CPUTimeSample} (every {@code interval}
 *                          of a thread's CPU time) or {@code jdk.ExecutionSample} (every
 *                          {@code interval} of wall time, threads running Java code)
 * @param interval          the sampling interval
 * @param wallTime          how long the profiled code ran
 * @param samples           the samples attributed to the cell's threads and the tasks it spawned
 * @param methods           one entry per method seen in those samples
 *
 * <p>Immutable and thread-safe.
 */
public record Profile(String sampler, Duration interval, Duration wallTime, int samples, List<Method> methods) {
    public Profile {
        Objects.requireNonNull(sampler, "sampler");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(wallTime, "wallTime");
        methods = List.copyOf(methods);
    }

    /**
     * One method of a profile.
     *
     * @param name              the method as the user knows it: {@code hot}, {@code Point.norm},
     *                          {@code <cell>} (a cell's top-level code), {@code <lambda>},
     *                          {@code java.util.HashMap.get}
     * @param location          where it is in the session ({@code In[2], line 3}), empty for
     *                          code outside the session
     * @param userCode          whether the session declared it
     * @param ownSamples        samples in which this method itself was running
     * @param cumulativeSamples samples in which it was anywhere on the stack
     */
    public record Method(String name, String location, boolean userCode, int ownSamples, int cumulativeSamples) {
        public Method {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(location, "location");
        }

        @Override
        public String toString() {
            return name + (location.isEmpty() ? "" : " (" + location + ")") + ": " + ownSamples + " own, "
                    + cumulativeSamples + " cumulative samples";
        }
    }

    /** The method with the most own samples, if any sample was taken (the first one of the report's ties). */
    public java.util.Optional<Method> hottest() {
        return methods.stream().reduce((a, b) -> b.ownSamples() > a.ownSamples() ? b : a);
    }

    @Override
    public String toString() {
        return "Profile[" + samples + " samples every " + interval.toMillis() + " ms over " + wallTime.toMillis()
                + " ms" + hottest().map(m -> ", hottest: " + m).orElse("") + "]";
    }
}
