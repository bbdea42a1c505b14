package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, finding 8: a long session keeps only what live declarations need. A value that no
 * variable and no {@code _} can reach any more is released (JShell would keep it in the wrapper
 * class of the snippet that made it, for the rest of the session); what can still be reached is
 * kept. The memory figures themselves are the soak benchmark's (BENCHMARKS.md).
 */
class ReleasedValuesTest extends SessionFixture {

    @Test
    void theValueOfARedefinedVariableIsReleased() {
        WeakReference<Object> first = new WeakReference<>(Results.value(ok("var data = new StringBuilder(\"first\"); data")));
        ok("String data = \"second\";"); // a new type: JShell cannot redefine the old class in place
        value("1"); // `_` no longer names `data`'s first value either
        assertCollected(first);
        assertEquals("\"second\"", value("data"));
    }

    @Test
    void aShownValueIsReleasedOnceUnderscoreNamesAnotherAndUnderscoreStillWorks() {
        WeakReference<Object> shown = new WeakReference<>(Results.value(ok("new StringBuilder(\"shown\")")));
        assertEquals("6", value("_.length() + 1"), "`_` reaches the value shown last");
        assertCollected(shown);
        assertEquals("7", value("_ + 1"));
    }

    @Test
    void valuesComputedInsideACellButNotShownAreReleased() {
        ok("var made = new java.util.ArrayList<java.lang.ref.WeakReference<Object>>();");
        ok("Object make() { var o = new StringBuilder(\"middle\"); made.add(new java.lang.ref.WeakReference<>(o)); return o; }");
        ok("make()\nint n = 2;");
        @SuppressWarnings("unchecked")
        var references = (java.util.List<WeakReference<Object>>) Results.value(ok("made"));
        assertCollected(references.getFirst());
        assertEquals("2", value("n"));
    }

    @Test
    void aValueADeclarationRefersToThroughUnderscoreIsKept() {
        value("21");
        ok("int twice() { return _ * 2; }");
        value("1");
        value("2");
        assertEquals("42", value("twice()"));
    }

    @Test
    void aVariableStillInUseKeepsItsValue() {
        ok("var list = new java.util.ArrayList<String>();");
        ok("list.add(\"a\");");
        value("list.size()");
        value("list.size()");
        assertEquals("[\"a\"]".replace("\"", ""), value("list").replace("\"", ""));
    }

    /** Collects garbage until {@code reference} is cleared; a bounded number of collections, no sleeping. */
    private static void assertCollected(WeakReference<?> reference) {
        for (int i = 0; i < 20 && reference.get() != null; i++) {
            System.gc();
        }
        assertNull(reference.get(), "still reachable");
    }
}
