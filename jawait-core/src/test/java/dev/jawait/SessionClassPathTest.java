package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Snippets compile against the session's class path, not against every jar of the process
 * (JShell's compiler would otherwise start from {@code java.class.path}).
 */
class SessionClassPathTest {
    @Test
    void snippetsSeeTheSessionClassPathOnly() {
        String processClassPath = System.getProperty("java.class.path");
        try (Session session = Session.builder().standard().build()) {
            assertEquals(processClassPath, System.getProperty("java.class.path"), "the property is restored");
            CellResult jawait = session.execute("dev.jawait.runtime.Await.class.getSimpleName()");
            assertEquals("\"Await\"", Results.text(jawait), jawait::errorText);
            // JUnit is on this test process's class path, but not on the session's
            CellResult junit = session.execute("org.junit.jupiter.api.Assertions.class");
            assertEquals(CellStatus.COMPILE_ERROR, junit.status(), junit::toString);
            assertTrue(junit.errorText().contains("org.junit.jupiter.api"), junit::errorText);
        }
    }

    @Test
    void aClassPathAddedLaterIsSeen() throws Exception {
        try (Session session = Session.builder().standard().build()) {
            String junitJar = java.nio.file.Path.of(org.junit.jupiter.api.Assertions.class.getProtectionDomain()
                    .getCodeSource().getLocation().toURI()).toString();
            session.addToClasspath(junitJar);
            CellResult junit = session.execute("org.junit.jupiter.api.Assertions.class.getSimpleName()");
            assertEquals("\"Assertions\"", Results.text(junit), junit::errorText);
        }
    }
}
