package dev.jawait.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.CellResult;
import dev.jawait.CellStatus;
import dev.jawait.ExecutionMode;
import dev.jawait.Session;
import dev.jawait.deps.DepsMagics;
import dev.jawait.magic.MagicRegistry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One live session per test class into which the library is resolved from Maven Central with
 * {@code %maven} (into the build's test-local repository), as a user would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LibrarySession {
    protected Session session;

    /** The coordinates to resolve, e.g. {@code io.projectreactor:reactor-core:3.8.8}. */
    abstract String coordinates();

    /** Imports for the library's types. */
    abstract String imports();

    static String version(String library) {
        return System.getProperty(library + ".version");
    }

    @BeforeAll
    void start() {
        session = Session.builder().magics(DepsMagics.registerInto(MagicRegistry.standard())).build();
        ok("int before = 41;");
        ok("%maven " + coordinates());
        ok(imports());
        assertEquals("42", value("before + 1"), "what was defined before %maven still works");
        assertEquals("\"cf\"", value("await CompletableFuture.completedFuture(\"cf\")"), "the adapter adds overloads, it replaces none");
    }

    @AfterAll
    void stop() {
        session.close();
    }

    protected CellResult ok(String cell) {
        CellResult result = session.execute(cell);
        assertEquals(CellStatus.OK, result.status(), () -> cell + "\n" + result.errorText() + result.notices());
        return result;
    }

    protected String value(String cell) {
        CellResult result = ok(cell);
        assertTrue(result.hasValue(), () -> cell + " displayed nothing");
        return result.valueText();
    }

    /** Runs a cell that must throw and returns the exception, the original one. */
    protected Throwable failure(String cell) {
        CellResult result = session.execute(cell);
        assertEquals(CellStatus.FAILED, result.status(), () -> cell + " -> " + result);
        return result.exception();
    }

    /** Starts {@code cell}, interrupts it once it waits, and checks it was interrupted. */
    protected void interruptWhileAwaiting(String cell) throws Exception {
        // a warm compiler, so that the cell reaches its await well within the wait below (cold,
        // on a loaded machine, compiling it took longer and the interrupt came before the await)
        session.execute("await CompletableFuture.completedFuture(0)");
        CompletableFuture<CellResult> running = session.submit(cell, ExecutionMode.INTERACTIVE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!session.isRunning() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(800); // let it compile and reach the await
        session.interrupt();
        CellResult result = running.get(10, TimeUnit.SECONDS);
        assertEquals(CellStatus.INTERRUPTED, result.status(), result::toString);
    }
}
