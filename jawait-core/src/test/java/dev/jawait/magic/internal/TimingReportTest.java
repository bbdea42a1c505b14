package dev.jawait.magic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jawait.CellResult;
import dev.jawait.magic.TimedRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines {@code %time} and {@code %timeit} print, in IPython's words and by its thresholds. */
class TimingReportTest {
    private static final CellResult NOTHING = new CellResult.NoValue(1, List.of(), List.of());

    @Test
    void timeShowsTheCompilerLineOnlyAboveATenthOfASecond() {
        assertEquals(List.of("CPU times: user 3 ms, sys: 1 ms, total: 4 ms", "Wall time: 201 ms"),
                TimeMagic.report(new TimedRun(NOTHING, 201_000_000, 3_000_000, 1_000_000, 100_000_000)));
        assertEquals(List.of("CPU times: user 3 ms, sys: 0 ns, total: 3 ms", "Wall time: 12 µs", "Compiler : 123 ms"),
                TimeMagic.report(new TimedRun(NOTHING, 12_000, 3_000_000, 0, 123_000_000)));
    }

    @Test
    void timeitWarnsOfASlowRunAndShowsCompileTimeAndALargeLoopOverhead() {
        long[] times = {1_000_000, 1_000_000, 5_120_000, 1_000, 20_000_000, 10_000}; // runs, N, empty loop, its N
        assertEquals(List.of("The slowest run took 5.12 times longer than the fastest."
                        + " This could mean that an intermediate result is being cached.",
                "2.37 µs ± 1.94 µs per loop (mean ± std. dev. of 3 runs, 1,000 loops each)",
                "Compiler time: 0.15 s",
                "Loop overhead: 2 µs per loop, included above (the same loop with only the black hole)"),
                TimeitMagic.report(times, 3, 150_000_000));
        assertEquals(List.of("1 µs ± 0 ns per loop (mean ± std. dev. of 1 run, 1,000 loops each)"),
                TimeitMagic.report(new long[] {1_000_000, 1_000, 1_000, 10_000_000}, 1, 100_000_000),
                "a loop overhead under a tenth, and a compile time of 0.1 s, are not shown");
    }
}
