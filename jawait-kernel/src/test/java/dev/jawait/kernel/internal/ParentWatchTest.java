package dev.jawait.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ParentWatchTest {
    @Test
    void theParentIsTheRunningProcessNamedByJpyParentPid() throws Exception {
        long self = ProcessHandle.current().pid();
        assertEquals(Optional.of(self), ParentWatch.parentOf(Map.of("JPY_PARENT_PID", " " + self)).map(ProcessHandle::pid));
        assertTrue(ParentWatch.parentOf(Map.of()).isEmpty());
        assertTrue(ParentWatch.parentOf(Map.of("JPY_PARENT_PID", "1")).isEmpty(), "1 and 0 mean no parent, as in ipykernel");
        assertTrue(ParentWatch.parentOf(Map.of("JPY_PARENT_PID", "0")).isEmpty());
        assertTrue(ParentWatch.parentOf(Map.of("JPY_PARENT_PID", "my-launcher")).isEmpty());
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        assertTrue(ParentWatch.parentOf(Map.of("JPY_PARENT_PID", Long.toString(ended.pid()))).isEmpty());
    }

    @Test
    void whenTheParentEndsTheWatchSaysSo() throws Exception {
        Process parent = new ProcessBuilder("cat").start(); // runs until its input closes
        CountDownLatch gone = new CountDownLatch(1);
        ParentWatch.watch(parent.toHandle(), gone::countDown);
        assertEquals(1, gone.getCount());
        parent.destroyForcibly();
        gone.await();
    }
}
