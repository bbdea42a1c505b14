package dev.jawait;

import dev.jawait.runtime.RunnerProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code %autoawait NAME} finds runners that libraries contribute through {@link RunnerProvider}. */
class RunnerProviderTest extends SessionFixture {
    @Test
    void aProvidedRunnerIsChosenByNameInAnyCase() {
        ok("%autoawait COUNTINGPROVIDED");
        int before = TestRunnerProvider.RUNS.get();
        assertEquals("42", value("await CompletableFuture.completedFuture(42)"));
        assertEquals(before + 1, TestRunnerProvider.RUNS.get());
        assertTrue(ok("%autoawait").notices().get(0).endsWith("set to use `COUNTINGPROVIDED`"));
    }

    @Test
    void builtInNamesWin() {
        ok("%autoawait virtual");
        assertEquals("jawait autoawait is `on`, and set to use `virtual`", ok("%autoawait").notices().get(0));
    }
}
