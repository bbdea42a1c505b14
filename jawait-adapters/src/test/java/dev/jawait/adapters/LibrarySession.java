package dev.jawait.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.CellResult;
import dev.jawait.CellStatus;
import dev.jawait.ExecutionMode;
import dev.jawait.Session;
import dev.jawait.deps.DependencyResolver;
import dev.jawait.deps.DepsMagics;
import dev.jawait.runtime.Awaiting;
import java.time.Duration;
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
        session = Session.builder().build();
        new DepsMagics(DependencyResolver::fromEnvironment).registerInto(session.magics());
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
        return assertInstanceOf(CellResult.Value.class, result, () -> cell + " displayed nothing").text();
    }

    /** Runs a cell that must throw and returns the exception, the original one. */
    protected Throwable failure(String cell) {
        CellResult result = session.execute(cell);
        return assertInstanceOf(CellResult.Failed.class, result, () -> cell + " -> " + result).exception();
    }

    /** Starts {@code cell}, interrupts it once it is parked in its await, and checks it was interrupted. */
    protected void interruptWhileAwaiting(String cell) throws Exception {
        java.util.Set<Thread> before = Awaiting.now().keySet();
        CompletableFuture<CellResult> running = session.submit(cell, ExecutionMode.INTERACTIVE);
        boolean reached = Awaiting.waitFor(now -> !before.containsAll(now.keySet()), Duration.ofSeconds(60));
        session.interrupt(); // in any case: a cell left running would hold the session for the next tests
        assertTrue(reached, "the cell reached its await");
        CellResult result = running.get(10, TimeUnit.SECONDS);
        assertEquals(CellStatus.INTERRUPTED, result.status(), result::toString);
    }
}
