package dev.jawait;

import dev.jawait.runtime.Runner;
import dev.jawait.runtime.Cell;

import java.util.concurrent.atomic.AtomicInteger;

/** A runner class that {@code %autoawait dev.jawait.CountingRunner} can name: counts the cells it ran. */
public class CountingRunner implements Runner {
    static final AtomicInteger CELLS = new AtomicInteger();

    @Override
    public Object run(Cell cell) throws Exception {
        CELLS.incrementAndGet();
        return Runner.virtual().run(cell);
    }
}
