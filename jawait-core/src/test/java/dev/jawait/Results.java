package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Reads the kind-specific parts of a {@link CellResult} in tests, failing when it is another kind. */
final class Results {
    private Results() {}

    /** The displayed value's text. */
    static String text(CellResult result) {
        return assertInstanceOf(CellResult.Value.class, result, () -> "no value: " + result).text();
    }

    /** The displayed value. */
    static Object value(CellResult result) {
        return assertInstanceOf(CellResult.Value.class, result, () -> "no value: " + result).value();
    }

    /** Whether a value is displayed. */
    static boolean hasValue(CellResult result) {
        return result instanceof CellResult.Value;
    }

    /** The failure's traceback. */
    static String traceback(CellResult result) {
        return assertInstanceOf(CellResult.Failed.class, result, () -> "did not fail: " + result).traceback();
    }

    /** The failure's exception. */
    static Throwable exception(CellResult result) {
        return assertInstanceOf(CellResult.Failed.class, result, () -> "did not fail: " + result).exception();
    }

    /** The status given to {@code System.exit} or {@code /exit}. */
    static int exitStatus(CellResult result) {
        return assertInstanceOf(CellResult.ExitRequested.class, result, () -> "no exit: " + result).exitStatus();
    }
}
