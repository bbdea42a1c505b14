package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;

/** A fresh session per test, with helpers that read as the cells a user would type. */
abstract class SessionFixture {
    protected final Session session = Session.builder().build();

    @AfterEach
    void closeSession() {
        session.close();
    }

    /** Runs a cell that must succeed and returns its result. */
    protected CellResult ok(String cell) {
        CellResult result = session.execute(cell);
        assertEquals(CellStatus.OK, result.status(), () -> cell + "\n" + result.errorText() + result.notices());
        return result;
    }

    /** Runs a cell that must display a value and returns that value's text. */
    protected String value(String cell) {
        CellResult result = ok(cell);
        assertTrue(Results.hasValue(result), () -> cell + " displayed nothing");
        return Results.text(result);
    }

    /** Runs a cell that must fail to compile and returns the error text. */
    protected String compileError(String cell) {
        CellResult result = session.execute(cell);
        assertEquals(CellStatus.COMPILE_ERROR, result.status(), () -> cell + " -> " + result);
        return result.errorText();
    }

    /** What a cell printed on System.out while it ran. */
    protected static String stdoutOf(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
