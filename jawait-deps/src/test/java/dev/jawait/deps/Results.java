package dev.jawait.deps;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.jawait.CellResult;

/** Reads a displayed value in tests, failing when the result is another kind. */
final class Results {
    private Results() {}

    static String text(CellResult result) {
        return assertInstanceOf(CellResult.Value.class, result, () -> "no value: " + result).text();
    }
}
