package dev.jawait.testing;


import dev.jawait.runtime.Cell;
import java.util.concurrent.Callable;

/** Builds {@link Cell}s from lambdas for tests. */
public final class TestCells {

    private TestCells() {}

    public static Cell cell(Callable<?> body) {
        return new Cell() {
            @Override
            public Object call() throws Exception {
                return body.call();
            }

            @Override
            public String source() {
                return "<test cell>";
            }
        };
    }
}
